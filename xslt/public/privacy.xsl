<?xml version="1.0" encoding="UTF-8"?>
<!--
  public/privacy.xsl: an organisation's privacy notice (UK GDPR and EU GDPR
  Articles 13 and 14), generated from the active part of its register.

  Reading order, after the ICO's guidance on the right to be informed: a
  summary first (who, what for, who receives it, transfers, rights,
  complaints), then who the controller is, then each purpose in detail,
  then the recipients, transfers, rights and complaints in full, the
  processing done for clients, and where the notice comes from. Written
  as the organisation ("we") to the reader ("you").

  Where the register is silent on something a notice must state (a lawful
  basis, a retention period, the categories of data), the notice says
  "Not stated in our record" rather than guess; the "About this notice"
  section says so once. Where a gap means nothing happens (no source: the
  data comes from the person; no automated decision recorded), the
  sentence is worded so that it claims only what the record shows.

  Document: <privacy-notice today><meta/><request_url/><notice_url/>
  <organisation slug jurisdiction><name/><legal_name/>? ... (the public
    profile) <supervisory_authority source="register|law"/>?
    <established country is_eea/>? <changed at date/>?</organisation>
  <locations><location country region? area safeguard><country_name/>
    <mechanism code article valid_until?/>?</location>...</locations>
  <activities><activity id role criminal?><name/><description/>?
    <controller_name/>? <joint_controllers/>? <purposes/>?
    <lawful_basis code article/>? <lawful_basis_detail/>?
    <special_condition code article/>? <special_detail/>?
    <criminal_detail/>? <source/>? <retention months? days? event?/>?
    <automated_decisions present?/>? <subject code/>... <data code
    special? criminal?/>... <recipient ref/>... <rights><right code
    maybe?/>...</rights>? (controller activities only)</activity>...
  </activities>
  <recipients><recipient id kind><name/><service/>? <certifications/>?
    <location/>...</recipient>...</recipients></privacy-notice>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:key name="recipient" match="recipients/recipient" use="@id"/>
  <xsl:key name="acts-by-recipient" match="activities/activity" use="recipient/@ref"/>
  <xsl:key name="subject-by-code" match="activities/activity[@role != 'processor']/subject" use="@code"/>
  <xsl:key name="outside-by-country" match="location[@area = 'outside']" use="@country"/>

  <!-- Names sort without regard to case ("Card payments" before "CRM"). -->
  <xsl:variable name="upper" select="'ABCDEFGHIJKLMNOPQRSTUVWXYZ'"/>
  <xsl:variable name="lower" select="'abcdefghijklmnopqrstuvwxyz'"/>
  <xsl:variable name="n" select="/privacy-notice"/>
  <xsl:variable name="o" select="$n/organisation"/>
  <xsl:variable name="name" select="string($o/name)"/>
  <xsl:variable name="is-eu" select="$o/@jurisdiction = 'eu'"/>
  <xsl:variable name="home">
    <xsl:choose>
      <xsl:when test="$is-eu">the European Economic Area (EEA)</xsl:when>
      <xsl:otherwise>the UK and the European Economic Area (EEA)</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="home-short">
    <xsl:choose>
      <xsl:when test="$is-eu">the EEA</xsl:when>
      <xsl:otherwise>the UK and the EEA</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="gdpr">
    <xsl:choose>
      <xsl:when test="$is-eu">the GDPR</xsl:when>
      <xsl:otherwise>the UK GDPR</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <!-- Our own purposes, and those we carry out for clients. -->
  <xsl:variable name="own" select="$n/activities/activity[@role != 'processor']"/>
  <xsl:variable name="for-clients" select="$n/activities/activity[@role = 'processor']"/>
  <xsl:variable name="outside" select="$n//location[@area = 'outside']"/>
  <!-- Recipients of our own purposes whose location is not recorded. -->
  <xsl:variable name="unplaced" select="$n/recipients/recipient[not(location)]"/>
  <xsl:variable name="has-contact"
    select="$o/contact_email != '' or $o/contact_phone != '' or $o/address != ''"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Privacy notice: ', $name)"/>
      <xsl:with-param name="heading">Privacy notice</xsl:with-param>
      <xsl:with-param name="caption" select="$name"/>
      <xsl:with-param name="back-href" select="concat('/o/', $o/@slug)"/>
      <xsl:with-param name="back-text">Back</xsl:with-param>
      <xsl:with-param name="body">
        <div class="privacy-notice">
          <xsl:apply-templates select="$n"/>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="privacy-notice">
    <p class="lead">This notice explains what personal data <xsl:value-of select="$name"/> (“we”, “us”) holds, what we use it for, who we share it with, how long we keep it, and the rights you have over it.</p>
    <p>
      <xsl:text>It is generated from our record of processing activities, the record the law asks us to keep, and covers the processing we carry out now.</xsl:text>
      <xsl:if test="$o/changed/@date">
        <xsl:text> The record was last changed on </xsl:text>
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="string($o/changed/@date)"/>
          <xsl:with-param name="weekday">no</xsl:with-param>
        </xsl:call-template>
        <xsl:text>.</xsl:text>
      </xsl:if>
    </p>
    <ul class="actions">
      <li><a class="button" href="/o/{$o/@slug}/request">Make a request about your data</a></li>
    </ul>

    <nav class="contents no-print" aria-label="On this page">
      <h2 class="visually-hidden">On this page</h2>
      <ul class="link-list">
        <li><a href="#summary">Summary</a></li>
        <li><a href="#who">Who we are</a></li>
        <li><a href="#purposes">What we use your data for</a></li>
        <li><a href="#recipients">Who we share it with</a></li>
        <li><a href="#transfers">Transfers outside <xsl:value-of select="$home-short"/></a></li>
        <li><a href="#rights">Your rights</a></li>
        <li><a href="#complaints">Complaints</a></li>
        <xsl:if test="$for-clients">
          <li><a href="#for-clients">Data we handle for our clients</a></li>
        </xsl:if>
        <li><a href="#about">About this notice</a></li>
      </ul>
    </nav>

    <xsl:call-template name="summary"/>
    <xsl:call-template name="who"/>
    <xsl:call-template name="purposes"/>
    <xsl:call-template name="recipients"/>
    <xsl:call-template name="transfers"/>
    <xsl:call-template name="rights"/>
    <xsl:call-template name="complaints"/>
    <xsl:if test="$for-clients">
      <xsl:call-template name="for-clients"/>
    </xsl:if>
    <xsl:call-template name="about"/>
  </xsl:template>

  <!-- ==== The first layer ==== -->

  <xsl:template name="summary">
    <section class="section" aria-labelledby="summary">
      <h2 id="summary">Summary</h2>
      <dl class="summary">
        <div class="summary-row">
          <dt>Who is responsible</dt>
          <dd>
            <xsl:call-template name="controller-name"/>
            <xsl:text> decides how your personal data is used (it is the “controller”). </xsl:text>
            <a href="#who">How to contact us</a>
          </dd>
        </div>
        <div class="summary-row">
          <dt>Whose data</dt>
          <dd>
            <xsl:variable name="subjects"
              select="$own/subject[generate-id() = generate-id(key('subject-by-code', @code)[1])]"/>
            <xsl:choose>
              <xsl:when test="$subjects">
                <p>Find the purposes that concern you:</p>
                <ul>
                  <xsl:for-each select="$subjects">
                    <xsl:sort select="translate(., $upper, $lower)"/>
                    <li>
                      <xsl:value-of select="."/>
                      <xsl:text>: </xsl:text>
                      <xsl:for-each select="key('subject-by-code', @code)/..">
                        <xsl:sort select="translate(name, $upper, $lower)"/>
                        <a href="#p-{@id}"><xsl:value-of select="name"/></a>
                        <xsl:if test="position() != last()">, </xsl:if>
                      </xsl:for-each>
                    </li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="gap"/>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div class="summary-row">
          <dt>What we use it for</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="$own">
                <ul>
                  <xsl:for-each select="$own">
                    <xsl:sort select="translate(name, $upper, $lower)"/>
                    <li><a href="#p-{@id}"><xsl:value-of select="name"/></a></li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:otherwise>
                <xsl:text>Our record shows no processing of personal data that we decide on.</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div class="summary-row">
          <dt>Who we share it with</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="$n/recipients/recipient">
                <xsl:for-each select="$n/recipients/recipient">
                  <xsl:sort select="translate(name, $upper, $lower)"/>
                  <a href="#r-{@id}"><xsl:value-of select="name"/></a>
                  <xsl:if test="position() != last()">, </xsl:if>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>
                <xsl:text>Our record shows no one outside </xsl:text>
                <xsl:value-of select="$name"/>
                <xsl:text> who receives personal data.</xsl:text>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div class="summary-row">
          <dt>Outside <xsl:value-of select="$home-short"/></dt>
          <dd>
            <xsl:variable name="countries"
              select="$outside[generate-id() = generate-id(key('outside-by-country', @country)[1])]"/>
            <xsl:choose>
              <xsl:when test="$countries">
                <xsl:text>Some data goes to </xsl:text>
                <xsl:for-each select="$countries">
                  <xsl:sort select="country_name"/>
                  <xsl:call-template name="country-in-text"/>
                  <xsl:if test="position() != last()">, </xsl:if>
                </xsl:for-each>
                <xsl:text>. </xsl:text>
                <xsl:if test="$unplaced or not($n/locations/location)">
                  <xsl:text>Our record does not say where all of the data is held. </xsl:text>
                </xsl:if>
                <a href="#transfers">The safeguards</a>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="no-transfers"/>
                <xsl:text> </xsl:text>
                <a href="#transfers">Transfers in detail</a>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div class="summary-row">
          <dt>Your rights</dt>
          <dd>
            <xsl:text>You can ask for a copy of your data, and to have it corrected, deleted or used less. Some rights depend on the purpose. </xsl:text>
            <a href="#rights">Your rights in full</a>
          </dd>
        </div>
        <div class="summary-row">
          <dt>Complaints</dt>
          <dd>
            <xsl:text>You can complain to </xsl:text>
            <xsl:call-template name="authority"/>
            <xsl:text>. </xsl:text>
            <a href="#complaints">How to complain</a>
          </dd>
        </div>
      </dl>
    </section>
  </xsl:template>

  <!-- ==== Who we are (Art 13(1)(a), (b); Art 27) ==== -->

  <xsl:template name="who">
    <section class="section" aria-labelledby="who">
      <h2 id="who">Who we are and how to contact us</h2>
      <p>
        <xsl:call-template name="controller-name"/>
        <xsl:text> is the controller of the personal data described in this notice.</xsl:text>
        <xsl:if test="$o/legal_name != '' and $o/legal_name != $name">
          <xsl:text> </xsl:text>
          <xsl:value-of select="$name"/>
          <xsl:text> is the name we trade under.</xsl:text>
        </xsl:if>
      </p>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="value" select="$name"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Legal name</xsl:with-param>
          <xsl:with-param name="value" select="string($o/legal_name)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Company number</xsl:with-param>
          <xsl:with-param name="value" select="string($o/company_number)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Postal address</xsl:with-param>
          <xsl:with-param name="value" select="string($o/address)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Email</xsl:with-param>
          <xsl:with-param name="value" select="string($o/contact_email)"/>
          <xsl:with-param name="kind">email</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Telephone</xsl:with-param>
          <xsl:with-param name="value" select="string($o/contact_phone)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Website</xsl:with-param>
          <xsl:with-param name="value" select="string($o/website)"/>
          <xsl:with-param name="kind">url</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Based in</xsl:with-param>
          <xsl:with-param name="value" select="string($o/established)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Registration with the regulator</xsl:with-param>
          <xsl:with-param name="value" select="string($o/registration_ref)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
      </dl>
      <xsl:if test="not($has-contact)">
        <p>We do not give an email address, telephone number or postal address here for questions about your data. You can still reach us with the <a href="/o/{$o/@slug}/request">online request form</a>.</p>
      </xsl:if>

      <h3>Data protection officer</h3>
      <xsl:choose>
        <xsl:when test="$o/dpo_name != '' or $o/dpo_email != '' or $o/dpo_address != '' or $o/dpo_phone != ''">
          <dl class="summary">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Name</xsl:with-param>
              <xsl:with-param name="value" select="string($o/dpo_name)"/>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Email</xsl:with-param>
              <xsl:with-param name="value" select="string($o/dpo_email)"/>
              <xsl:with-param name="kind">email</xsl:with-param>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Postal address</xsl:with-param>
              <xsl:with-param name="value" select="string($o/dpo_address)"/>
              <xsl:with-param name="kind">multiline</xsl:with-param>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Telephone</xsl:with-param>
              <xsl:with-param name="value" select="string($o/dpo_phone)"/>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <p>We have not named a data protection officer. Please use the contact details above.</p>
        </xsl:otherwise>
      </xsl:choose>

      <xsl:if test="$o/representative_name != '' or $o/representative_contact != ''">
        <h3>Our representative</h3>
        <p>
          <xsl:text>We are not established in </xsl:text>
          <xsl:choose>
            <xsl:when test="$is-eu">the EU</xsl:when>
            <xsl:otherwise>the UK</xsl:otherwise>
          </xsl:choose>
          <xsl:text>, so we have named a representative there (Article 27). You can contact them about anything in this notice.</xsl:text>
        </p>
        <dl class="summary">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Name</xsl:with-param>
            <xsl:with-param name="value" select="string($o/representative_name)"/>
            <xsl:with-param name="omit-empty">yes</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Contact details</xsl:with-param>
            <xsl:with-param name="value" select="string($o/representative_contact)"/>
            <xsl:with-param name="kind">multiline</xsl:with-param>
            <xsl:with-param name="omit-empty">yes</xsl:with-param>
          </xsl:call-template>
        </dl>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- ==== Each purpose (Art 13(1)(c)-(f), 13(2), 14(1)(d), 14(2)(f)) ==== -->

  <xsl:template name="purposes">
    <section class="section" aria-labelledby="purposes">
      <h2 id="purposes">What we use your data for</h2>
      <xsl:choose>
        <xsl:when test="$own">
          <p>
            <xsl:text>We use personal data for the </xsl:text>
            <xsl:call-template name="count-words">
              <xsl:with-param name="n" select="count($own)"/>
              <xsl:with-param name="one">purpose</xsl:with-param>
              <xsl:with-param name="many">purposes</xsl:with-param>
            </xsl:call-template>
            <xsl:text> below. Each says whose data it is, what data, why we may use it (the lawful basis), who receives it, how long we keep it, and which of your rights apply.</xsl:text>
          </p>
          <xsl:apply-templates select="$own">
            <xsl:sort select="translate(name, $upper, $lower)"/>
          </xsl:apply-templates>
        </xsl:when>
        <xsl:otherwise>
          <p>Our record shows no processing of personal data that we decide on.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="activity">
    <article class="card" id="p-{@id}" aria-labelledby="p-{@id}-title">
      <h3 class="card-title" id="p-{@id}-title"><xsl:value-of select="name"/></h3>
      <xsl:if test="description != ''">
        <p><xsl:value-of select="description"/></p>
      </xsl:if>
      <dl class="summary summary-compact">
        <div class="summary-row">
          <dt>Why we use it</dt>
          <dd>
            <xsl:call-template name="text-or-gap">
              <xsl:with-param name="text" select="string(purposes)"/>
            </xsl:call-template>
          </dd>
        </div>
        <div class="summary-row">
          <dt>Whose data</dt>
          <dd>
            <xsl:call-template name="names-or-gap">
              <xsl:with-param name="items" select="subject"/>
            </xsl:call-template>
          </dd>
        </div>
        <div class="summary-row">
          <dt>What data</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="data">
                <ul>
                  <xsl:for-each select="data">
                    <li>
                      <xsl:value-of select="."/>
                      <xsl:if test="@special = '1'">
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="tag">
                          <xsl:with-param name="text">special category</xsl:with-param>
                        </xsl:call-template>
                      </xsl:if>
                      <xsl:if test="@criminal = '1'">
                        <xsl:text> </xsl:text>
                        <xsl:call-template name="tag">
                          <xsl:with-param name="text">criminal offence data</xsl:with-param>
                        </xsl:call-template>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="gap"/>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div class="summary-row">
          <dt>Lawful basis</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="lawful_basis">
                <p>
                  <xsl:call-template name="basis-words">
                    <xsl:with-param name="code" select="string(lawful_basis/@code)"/>
                    <xsl:with-param name="name" select="string(lawful_basis)"/>
                  </xsl:call-template>
                  <xsl:if test="lawful_basis/@article != ''">
                    <xsl:text> (</xsl:text>
                    <xsl:value-of select="lawful_basis/@article"/>
                    <xsl:text>)</xsl:text>
                  </xsl:if>
                  <xsl:text>.</xsl:text>
                </p>
                <xsl:if test="lawful_basis_detail != ''">
                  <p>
                    <xsl:choose>
                      <xsl:when test="lawful_basis/@code = 'f' or lawful_basis/@code = 'ea'">The interest we pursue: </xsl:when>
                      <xsl:otherwise>In more detail: </xsl:otherwise>
                    </xsl:choose>
                    <xsl:value-of select="lawful_basis_detail"/>
                  </p>
                </xsl:if>
                <xsl:if test="(lawful_basis/@code = 'f' or lawful_basis/@code = 'ea') and not(lawful_basis_detail != '')">
                  <p>The interest we pursue: <xsl:call-template name="gap"/></p>
                </xsl:if>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="gap"/>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <xsl:if test="data[@special = '1'] or special_condition">
          <div class="summary-row">
            <dt>Special category data</dt>
            <dd>
              <xsl:choose>
                <xsl:when test="special_condition">
                  <xsl:text>We may use it because of </xsl:text>
                  <xsl:value-of select="special_condition/@article"/>
                  <xsl:text>: </xsl:text>
                  <xsl:value-of select="special_condition"/>
                  <xsl:text>.</xsl:text>
                  <xsl:if test="special_detail != ''">
                    <xsl:text> </xsl:text>
                    <xsl:value-of select="special_detail"/>
                  </xsl:if>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:text>The condition that allows us to use it: </xsl:text>
                  <xsl:call-template name="gap"/>
                </xsl:otherwise>
              </xsl:choose>
            </dd>
          </div>
        </xsl:if>
        <xsl:if test="@criminal = '1' or data[@criminal = '1']">
          <div class="summary-row">
            <dt>Criminal offence data</dt>
            <dd>
              <xsl:text>The condition that allows us to use it: </xsl:text>
              <xsl:call-template name="text-or-gap">
                <xsl:with-param name="text" select="string(criminal_detail)"/>
              </xsl:call-template>
            </dd>
          </div>
        </xsl:if>
        <xsl:if test="source != ''">
          <div class="summary-row">
            <dt>Where we get it</dt>
            <dd><xsl:value-of select="source"/></dd>
          </div>
        </xsl:if>
        <xsl:if test="@role = 'joint-controller'">
          <div class="summary-row">
            <dt>Decided jointly with</dt>
            <dd>
              <xsl:call-template name="text-or-gap">
                <xsl:with-param name="text" select="string(joint_controllers)"/>
                <xsl:with-param name="kind">multiline</xsl:with-param>
              </xsl:call-template>
            </dd>
          </div>
        </xsl:if>
        <div class="summary-row">
          <dt>Who receives it</dt>
          <dd>
            <xsl:call-template name="activity-recipients"/>
          </dd>
        </div>
        <div class="summary-row">
          <dt>Outside <xsl:value-of select="$home-short"/></dt>
          <dd>
            <xsl:call-template name="activity-transfers"/>
          </dd>
        </div>
        <div class="summary-row">
          <dt>How long we keep it</dt>
          <dd>
            <xsl:call-template name="retention"/>
          </dd>
        </div>
        <xsl:if test="automated_decisions">
          <div class="summary-row">
            <dt>Automated decisions</dt>
            <dd>
              <xsl:choose>
                <xsl:when test="automated_decisions/@present = '0'">We make no decisions about you by automated means alone.</xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="text-or-gap">
                    <xsl:with-param name="text" select="string(automated_decisions)"/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </dd>
          </div>
        </xsl:if>
        <xsl:if test="rights">
          <div class="summary-row">
            <dt>Your rights</dt>
            <dd>
              <xsl:call-template name="activity-rights"/>
            </dd>
          </div>
        </xsl:if>
      </dl>
    </article>
  </xsl:template>

  <!-- The recipients of the current activity, linked to their entries. -->
  <xsl:template name="activity-recipients">
    <xsl:choose>
      <xsl:when test="recipient">
        <ul>
          <xsl:for-each select="recipient">
            <xsl:sort select="translate(key('recipient', @ref)/name, $upper, $lower)"/>
            <xsl:variable name="r" select="key('recipient', @ref)"/>
            <li><a href="#r-{@ref}"><xsl:value-of select="$r/name"/></a></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>Our record shows no one outside </xsl:text>
        <xsl:value-of select="$name"/>
        <xsl:text> who receives this data.</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The transfers of the current activity: our own locations outside the
    home area and those of its recipients, then whose location is not
    recorded.
  -->
  <xsl:template name="activity-transfers">
    <xsl:variable name="recs" select="key('recipient', recipient/@ref)"/>
    <xsl:variable name="mine" select="$n/locations/location[@area = 'outside']"/>
    <xsl:variable name="theirs" select="$recs/location[@area = 'outside']"/>
    <xsl:choose>
      <xsl:when test="$mine or $theirs">
        <ul>
          <xsl:for-each select="$mine">
            <li>
              <xsl:call-template name="transfer-line">
                <xsl:with-param name="who" select="$name"/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
          <xsl:for-each select="$theirs">
            <xsl:sort select="translate(../name, $upper, $lower)"/>
            <li>
              <xsl:call-template name="transfer-line">
                <xsl:with-param name="who" select="string(../name)"/>
              </xsl:call-template>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:when test="not($n/locations/location) or $recs[not(location)]"/>
      <xsl:otherwise>
        <xsl:text>Not sent outside </xsl:text>
        <xsl:value-of select="$home-short"/>
        <xsl:text>, as far as our record shows.</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="unplaced">
      <xsl:with-param name="recs" select="$recs[not(location)]"/>
      <xsl:with-param name="self" select="not($n/locations/location)"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    no-transfers: what the record says when it shows no transfer: as much
    as the locations it holds allow.
  -->
  <xsl:template name="no-transfers">
    <xsl:choose>
      <xsl:when test="not($n/locations/location)">
        <xsl:text>Our record does not say where we hold the data, so it cannot show whether any of it leaves </xsl:text>
        <xsl:value-of select="$home-short"/>
        <xsl:text>.</xsl:text>
      </xsl:when>
      <xsl:when test="$unplaced">
        <xsl:text>Our record shows no transfers of personal data outside </xsl:text>
        <xsl:value-of select="$home-short"/>
        <xsl:text>, but it does not say where all of our recipients hold the data.</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>Our record shows no transfers of personal data outside </xsl:text>
        <xsl:value-of select="$home-short"/>
        <xsl:text>.</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    unplaced: "Where the data is held is not stated in our record for: X
    and Y." (a list, so that no verb has to agree with a name).
      recs   the recipients without a location
      self   true when our own location is not recorded either
  -->
  <xsl:template name="unplaced">
    <xsl:param name="recs"/>
    <xsl:param name="self" select="false()"/>
    <xsl:if test="$recs or $self">
      <p>
        <xsl:text>Where the data is held is not stated in our record for </xsl:text>
        <xsl:if test="$self">
          <xsl:value-of select="$name"/>
          <xsl:choose>
            <xsl:when test="count($recs) = 1"> and </xsl:when>
            <xsl:when test="$recs">, </xsl:when>
          </xsl:choose>
        </xsl:if>
        <xsl:for-each select="$recs">
          <xsl:sort select="translate(name, $upper, $lower)"/>
          <xsl:value-of select="name"/>
          <xsl:choose>
            <xsl:when test="position() = last()"/>
            <xsl:when test="position() = last() - 1"> and </xsl:when>
            <xsl:otherwise>, </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- "Mailchimp: United States. Safeguard: ..." for the current location. -->
  <xsl:template name="transfer-line">
    <xsl:param name="who"/>
    <strong><xsl:value-of select="$who"/></strong>
    <xsl:text>: </xsl:text>
    <xsl:value-of select="country_name"/>
    <xsl:if test="@region != ''">
      <xsl:text> (</xsl:text>
      <xsl:value-of select="@region"/>
      <xsl:text>)</xsl:text>
    </xsl:if>
    <xsl:text>. </xsl:text>
    <xsl:call-template name="safeguard"/>
  </xsl:template>

  <!-- What the transfer of the current location rests on, in words. -->
  <xsl:template name="safeguard">
    <xsl:choose>
      <xsl:when test="@safeguard = 'adequacy'">
        <xsl:text>Safeguard: </xsl:text>
        <xsl:choose>
          <xsl:when test="$is-eu">an adequacy decision of the European Commission</xsl:when>
          <xsl:otherwise>the UK’s adequacy regulations</xsl:otherwise>
        </xsl:choose>
        <xsl:text>, which find that </xsl:text>
        <xsl:call-template name="country-in-text"/>
        <xsl:text> protects personal data adequately.</xsl:text>
      </xsl:when>
      <xsl:when test="@safeguard = 'mechanism'">
        <xsl:text>Safeguard: </xsl:text>
        <xsl:value-of select="mechanism"/>
        <xsl:call-template name="article">
          <xsl:with-param name="a" select="string(mechanism/@article)"/>
        </xsl:call-template>
        <xsl:text>.</xsl:text>
      </xsl:when>
      <xsl:when test="@safeguard = 'derogation'">
        <xsl:text>No general safeguard: we rely on an exception the law allows for specific situations, </xsl:text>
        <xsl:value-of select="mechanism"/>
        <xsl:call-template name="article">
          <xsl:with-param name="a" select="string(mechanism/@article)"/>
        </xsl:call-template>
        <xsl:text>.</xsl:text>
      </xsl:when>
      <xsl:when test="@safeguard = 'invalid'">
        <xsl:text>We rely on the </xsl:text>
        <xsl:value-of select="mechanism"/>
        <xsl:text>, which is no longer a valid safeguard</xsl:text>
        <xsl:if test="mechanism/@valid_until != ''">
          <xsl:text> (it could be relied on until </xsl:text>
          <xsl:call-template name="format-date">
            <xsl:with-param name="date" select="string(mechanism/@valid_until)"/>
            <xsl:with-param name="weekday">no</xsl:with-param>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </xsl:if>
        <xsl:text>.</xsl:text>
      </xsl:when>
      <xsl:when test="@safeguard = 'partial'">
        <xsl:call-template name="country-in-text">
          <xsl:with-param name="capital">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:text> is found adequate only in part (for some organisations), and our record states no other safeguard.</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>Safeguard: </xsl:text>
        <xsl:call-template name="gap"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="article">
    <xsl:param name="a"/>
    <xsl:if test="$a != '' and $a != '—'">
      <xsl:text> (</xsl:text>
      <xsl:value-of select="$a"/>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- How long the current activity keeps its data. -->
  <xsl:template name="retention">
    <xsl:variable name="r" select="retention"/>
    <xsl:choose>
      <xsl:when test="$r/@months != '' or $r/@days != ''">
        <xsl:choose>
          <xsl:when test="$r/@months != ''">
            <xsl:call-template name="count-words">
              <xsl:with-param name="n" select="number($r/@months)"/>
              <xsl:with-param name="one">month</xsl:with-param>
              <xsl:with-param name="many">months</xsl:with-param>
            </xsl:call-template>
            <xsl:if test="$r/@days != ''">
              <xsl:text> and </xsl:text>
            </xsl:if>
          </xsl:when>
        </xsl:choose>
        <xsl:if test="$r/@days != ''">
          <xsl:call-template name="count-words">
            <xsl:with-param name="n" select="number($r/@days)"/>
            <xsl:with-param name="one">day</xsl:with-param>
            <xsl:with-param name="many">days</xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="$r/@event != ''">
          <xsl:text> after </xsl:text>
          <xsl:value-of select="$r/@event"/>
        </xsl:if>
        <xsl:text>.</xsl:text>
        <xsl:if test="normalize-space($r) != ''">
          <xsl:text> </xsl:text>
          <xsl:value-of select="$r"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="normalize-space($r) != ''">
        <xsl:value-of select="$r"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="gap"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The rights of the current activity, each linked to its explanation. -->
  <xsl:template name="activity-rights">
    <xsl:variable name="sure" select="rights/right[not(@maybe)]"/>
    <xsl:variable name="maybe" select="rights/right[@maybe = '1']"/>
    <xsl:for-each select="$sure">
      <a href="#right-{@code}">
        <xsl:call-template name="right-short">
          <xsl:with-param name="code" select="string(@code)"/>
          <xsl:with-param name="capital" select="position() = 1"/>
        </xsl:call-template>
      </a>
      <xsl:if test="position() != last()">, </xsl:if>
    </xsl:for-each>
    <xsl:text>.</xsl:text>
    <xsl:if test="$maybe">
      <xsl:text> Depending on the lawful basis, which our record does not state: </xsl:text>
      <xsl:for-each select="$maybe">
        <a href="#right-{@code}">
          <xsl:call-template name="right-short">
            <xsl:with-param name="code" select="string(@code)"/>
          </xsl:call-template>
        </a>
        <xsl:if test="position() != last()">, </xsl:if>
      </xsl:for-each>
      <xsl:text>.</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- ==== Recipients (Art 13(1)(e)) ==== -->

  <xsl:template name="recipients">
    <section class="section" aria-labelledby="recipients">
      <h2 id="recipients">Who we share your data with</h2>
      <xsl:choose>
        <xsl:when test="$n/recipients/recipient">
          <p>These organisations, or kinds of organisation, receive personal data from us. Those that work for us (processors) may use it only on our instructions; independent organisations use it under their own privacy notices.</p>
          <xsl:for-each select="$n/recipients/recipient">
            <xsl:sort select="translate(name, $upper, $lower)"/>
            <xsl:apply-templates select="." mode="recipient"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <p>Our record shows no one outside <xsl:value-of select="$name"/> who receives personal data.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="recipient" mode="recipient">
    <article class="card" id="r-{@id}" aria-labelledby="r-{@id}-title">
      <h3 class="card-title" id="r-{@id}-title"><xsl:value-of select="name"/></h3>
      <dl class="summary summary-compact">
        <div class="summary-row">
          <dt>Who they are</dt>
          <dd>
            <xsl:call-template name="recipient-kind">
              <xsl:with-param name="kind" select="string(@kind)"/>
            </xsl:call-template>
          </dd>
        </div>
        <xsl:if test="service != ''">
          <div class="summary-row">
            <dt>What they do</dt>
            <dd><xsl:value-of select="service"/></dd>
          </div>
        </xsl:if>
        <xsl:if test="certifications != ''">
          <div class="summary-row">
            <dt>Certifications</dt>
            <dd><xsl:value-of select="certifications"/></dd>
          </div>
        </xsl:if>
        <div class="summary-row">
          <dt>Where they hold it</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="location">
                <ul>
                  <xsl:for-each select="location">
                    <li>
                      <xsl:value-of select="country_name"/>
                      <xsl:if test="@region != ''">
                        <xsl:text> (</xsl:text>
                        <xsl:value-of select="@region"/>
                        <xsl:text>)</xsl:text>
                      </xsl:if>
                      <xsl:if test="@area = 'outside'">
                        <xsl:text>: outside </xsl:text>
                        <xsl:value-of select="$home-short"/>
                        <xsl:text>. </xsl:text>
                        <xsl:call-template name="safeguard"/>
                      </xsl:if>
                    </li>
                  </xsl:for-each>
                </ul>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="gap"/>
              </xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
        <div class="summary-row">
          <dt>For</dt>
          <dd>
            <xsl:for-each select="key('acts-by-recipient', @id)">
              <xsl:sort select="translate(name, $upper, $lower)"/>
              <xsl:choose>
                <xsl:when test="@role = 'processor'">
                  <a href="#c-{@id}"><xsl:value-of select="name"/></a>
                  <xsl:text> (for our clients)</xsl:text>
                </xsl:when>
                <xsl:otherwise>
                  <a href="#p-{@id}"><xsl:value-of select="name"/></a>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="position() != last()">, </xsl:if>
            </xsl:for-each>
          </dd>
        </div>
      </dl>
    </article>
  </xsl:template>

  <xsl:template name="recipient-kind">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'processor'">A processor: it works for us and uses the data only on our instructions.</xsl:when>
      <xsl:when test="$kind = 'sub-processor'">A sub-processor: it works for us on data we handle for our clients, on their instructions.</xsl:when>
      <xsl:when test="$kind = 'independent-controller'">An independent organisation: it decides for itself how it uses the data, under its own privacy notice.</xsl:when>
      <xsl:when test="$kind = 'joint-controller'">A joint controller: it decides with us how the data is used.</xsl:when>
      <xsl:when test="$kind = 'public-authority'">A public authority.</xsl:when>
      <xsl:when test="$kind = 'internal'">A part of our own organisation.</xsl:when>
      <xsl:when test="$kind = 'category'">A kind of recipient, not one named organisation.</xsl:when>
      <xsl:otherwise><xsl:value-of select="$kind"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== Transfers (Art 13(1)(f), 14(1)(f)) ==== -->

  <xsl:template name="transfers">
    <section class="section" aria-labelledby="transfers">
      <h2 id="transfers">Transfers outside <xsl:value-of select="$home-short"/></h2>
      <p>
        <xsl:text>The law protects personal data sent outside </xsl:text>
        <xsl:value-of select="$home"/>
        <xsl:text>: it may go only to a country found to protect it adequately, or with a safeguard such as standard contractual clauses.</xsl:text>
      </p>
      <xsl:if test="$n/locations/location">
        <p>
          <xsl:text>We hold data in </xsl:text>
          <xsl:for-each select="$n/locations/location">
            <xsl:call-template name="country-in-text"/>
            <xsl:if test="@region != ''">
              <xsl:text> (</xsl:text>
              <xsl:value-of select="@region"/>
              <xsl:text>)</xsl:text>
            </xsl:if>
            <xsl:choose>
              <xsl:when test="position() = last()"/>
              <xsl:when test="position() = last() - 1"> and </xsl:when>
              <xsl:otherwise>, </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$outside">
          <ul>
            <xsl:for-each select="$n/locations/location[@area = 'outside']">
              <li>
                <xsl:call-template name="transfer-line">
                  <xsl:with-param name="who" select="$name"/>
                </xsl:call-template>
              </li>
            </xsl:for-each>
            <xsl:for-each select="$n/recipients/recipient/location[@area = 'outside']">
              <xsl:sort select="translate(../name, $upper, $lower)"/>
              <li>
                <xsl:call-template name="transfer-line">
                  <xsl:with-param name="who" select="string(../name)"/>
                </xsl:call-template>
              </li>
            </xsl:for-each>
          </ul>
          <p>You can ask us for a copy of the safeguards, or where to find them, using the contact details above.</p>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:call-template name="no-transfers"/></p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="unplaced">
        <xsl:with-param name="recs" select="$unplaced"/>
        <xsl:with-param name="self" select="not($n/locations/location)"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- ==== Rights (Art 13(2)(b)-(c), (f); Arts 15-22, 7(3)) ==== -->

  <xsl:template name="rights">
    <xsl:variable name="all" select="$own/rights/right"/>
    <section class="section" aria-labelledby="rights">
      <h2 id="rights">Your rights</h2>
      <p>
        <xsl:text>The law gives you rights over your personal data. Some apply to everything we do; others depend on the purpose and its lawful basis, and each right below says where it applies. Using your rights is free, and we must answer without undue delay and within one month. For complex or numerous requests we may take up to two more months, and we will tell you why within the first month.</xsl:text>
      </p>
      <xsl:call-template name="right">
        <xsl:with-param name="code">access</xsl:with-param>
        <xsl:with-param name="title">Get a copy of your data</xsl:with-param>
        <xsl:with-param name="text">You can ask whether we hold personal data about you, and for a copy of it with an explanation of what we do with it (the right of access).</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="right">
        <xsl:with-param name="code">rectification</xsl:with-param>
        <xsl:with-param name="title">Have your data corrected</xsl:with-param>
        <xsl:with-param name="text">You can ask us to correct data about you that is wrong, or to complete data that is incomplete (the right to rectification).</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="right">
        <xsl:with-param name="code">erasure</xsl:with-param>
        <xsl:with-param name="title">Have your data deleted</xsl:with-param>
        <xsl:with-param name="text">You can ask us to delete data about you, for example when we no longer need it, when you withdraw your consent or when you object and we have no overriding reason to keep it (the right to erasure).</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="right">
        <xsl:with-param name="code">restriction</xsl:with-param>
        <xsl:with-param name="title">Limit how we use your data</xsl:with-param>
        <xsl:with-param name="text">You can ask us to keep your data but stop using it, for example while we check that it is correct or consider an objection (the right to restriction).</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="right">
        <xsl:with-param name="code">portability</xsl:with-param>
        <xsl:with-param name="title">Take your data elsewhere</xsl:with-param>
        <xsl:with-param name="text">You can ask for the data you gave us in a structured, commonly used, machine-readable form, or ask us to send it to another organisation. This covers data we process by automated means, for purposes that rely on your consent or on a contract with you (the right to data portability).</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="right">
        <xsl:with-param name="code">objection</xsl:with-param>
        <xsl:with-param name="title">Object to how we use your data</xsl:with-param>
        <xsl:with-param name="text">Where we rely on our legitimate interests or on a task in the public interest, you can object because of your particular situation, and we must stop unless we have compelling grounds that override yours (the right to object).</xsl:with-param>
        <xsl:with-param name="always">You can object at any time to our use of your data for direct marketing, and we must then stop using it for that.</xsl:with-param>
      </xsl:call-template>
      <!-- Only where some purpose rests on consent. -->
      <xsl:if test="$all[@code = 'withdraw-consent']">
        <xsl:call-template name="right">
          <xsl:with-param name="code">withdraw-consent</xsl:with-param>
          <xsl:with-param name="title">Withdraw your consent</xsl:with-param>
          <xsl:with-param name="text">Where a purpose relies on your consent, you can withdraw it at any time, as easily as you gave it. This does not make unlawful what we did before.</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$all[@code = 'automated-decisions']">
        <xsl:call-template name="right">
          <xsl:with-param name="code">automated-decisions</xsl:with-param>
          <xsl:with-param name="title">Decisions made by automated means alone</xsl:with-param>
          <xsl:with-param name="text">
            <xsl:text>Where we make a decision about you by automated means alone that has a legal or similarly significant effect on you, you can ask for a person to review it, give your view and contest it (</xsl:text>
            <xsl:choose>
              <xsl:when test="$is-eu">Article 22</xsl:when>
              <xsl:otherwise>Articles 22A to 22D of the UK GDPR</xsl:otherwise>
            </xsl:choose>
            <xsl:text>).</xsl:text>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="$own and not($own[automated_decisions/@present = '1'])">
        <p>
          <xsl:choose>
            <xsl:when test="count($own[automated_decisions/@present = '0']) = count($own)">We make no decisions about you by automated means alone.</xsl:when>
            <xsl:otherwise>Our record shows no decisions made about you by automated means alone.</xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:if>

      <h3 id="how">How to use your rights</h3>
      <p>
        <xsl:text>Use our online request form</xsl:text>
        <xsl:if test="$has-contact">
          <xsl:text>, or contact us as shown in </xsl:text>
          <a href="#who">Who we are</a>
        </xsl:if>
        <xsl:text>. If we have reasonable doubts about who you are, we may ask you to confirm your identity; the month then runs from when you do.</xsl:text>
      </p>
      <ul class="actions">
        <li><a class="button" href="/o/{$o/@slug}/request">Make a request about your data</a></li>
      </ul>
      <p class="print-only">The request form is at <xsl:value-of select="$n/request_url"/>.</p>
    </section>
  </xsl:template>

  <!--
    right: one right, with the purposes it applies to.
      code, title, text   the right's code, heading and explanation
      always              a sentence that holds whatever the purposes
  -->
  <xsl:template name="right">
    <xsl:param name="code"/>
    <xsl:param name="title"/>
    <xsl:param name="text"/>
    <xsl:param name="always"/>
    <xsl:variable name="sure" select="$own[rights/right[@code = $code and not(@maybe)]]"/>
    <xsl:variable name="maybe" select="$own[rights/right[@code = $code and @maybe = '1']]"/>
    <h3 id="right-{$code}"><xsl:value-of select="$title"/></h3>
    <p><xsl:copy-of select="$text"/></p>
    <xsl:if test="string($always) != ''">
      <p><xsl:value-of select="$always"/></p>
    </xsl:if>
    <xsl:if test="$own">
      <p>
        <xsl:choose>
          <xsl:when test="count($sure) = count($own)">
            <xsl:text>This applies to all our purposes.</xsl:text>
          </xsl:when>
          <xsl:when test="$sure">
            <xsl:text>This applies to: </xsl:text>
            <xsl:call-template name="purpose-links">
              <xsl:with-param name="acts" select="$sure"/>
            </xsl:call-template>
            <xsl:text>.</xsl:text>
          </xsl:when>
          <xsl:when test="not($maybe)">
            <xsl:text>This does not apply to any of our purposes</xsl:text>
            <xsl:if test="string($always) != ''">, beyond direct marketing</xsl:if>
            <xsl:text>.</xsl:text>
          </xsl:when>
        </xsl:choose>
        <xsl:if test="$maybe">
          <xsl:if test="$sure"><xsl:text> </xsl:text></xsl:if>
          <xsl:text>It may apply to </xsl:text>
          <xsl:choose>
            <xsl:when test="count($maybe) = count($own)">all our purposes</xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="purpose-links">
                <xsl:with-param name="acts" select="$maybe"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
          <xsl:text>, depending on the lawful basis, which our record does not state. Ask us.</xsl:text>
        </xsl:if>
      </p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="purpose-links">
    <xsl:param name="acts"/>
    <xsl:for-each select="$acts">
      <xsl:sort select="translate(name, $upper, $lower)"/>
      <a href="#p-{@id}"><xsl:value-of select="name"/></a>
      <xsl:choose>
        <xsl:when test="position() = last()"/>
        <xsl:when test="position() = last() - 1"> and </xsl:when>
        <xsl:otherwise>, </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!--
    right-short: a right's name in a list.
      code      the right's code
      capital   true() to begin with a capital
  -->
  <xsl:template name="right-short">
    <xsl:param name="code"/>
    <xsl:param name="capital" select="false()"/>
    <xsl:variable name="words">
      <xsl:choose>
        <xsl:when test="$code = 'access'">access</xsl:when>
        <xsl:when test="$code = 'rectification'">correction</xsl:when>
        <xsl:when test="$code = 'erasure'">deletion</xsl:when>
        <xsl:when test="$code = 'restriction'">restriction</xsl:when>
        <xsl:when test="$code = 'portability'">data portability</xsl:when>
        <xsl:when test="$code = 'objection'">objection</xsl:when>
        <xsl:when test="$code = 'withdraw-consent'">withdrawal of consent</xsl:when>
        <xsl:when test="$code = 'automated-decisions'">review of automated decisions</xsl:when>
        <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="capitalise">
      <xsl:with-param name="s" select="string($words)"/>
      <xsl:with-param name="capital" select="$capital"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    country-in-text: the current location's country as a sentence names
    it: "the United States", "the Netherlands", "Ireland".
      capital   'yes' when it begins a sentence
  -->
  <xsl:template name="country-in-text">
    <xsl:param name="capital"/>
    <xsl:variable name="c" select="string(country_name)"/>
    <xsl:if test="not(contains($c, ',')) and (starts-with($c, 'United ')
                  or contains($c, 'Republic') or contains($c, 'Islands')
                  or contains($c, 'Kingdom') or $c = 'Netherlands'
                  or $c = 'Philippines' or $c = 'Bahamas' or $c = 'Gambia'
                  or $c = 'Maldives' or $c = 'Seychelles' or $c = 'Comoros')">
      <xsl:choose>
        <xsl:when test="$capital = 'yes'">The </xsl:when>
        <xsl:otherwise>the </xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <xsl:value-of select="$c"/>
  </xsl:template>

  <!-- capitalise: s with its first letter in capitals when capital. -->
  <xsl:template name="capitalise">
    <xsl:param name="s"/>
    <xsl:param name="capital" select="false()"/>
    <xsl:choose>
      <xsl:when test="$capital">
        <xsl:value-of select="translate(substring($s, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')"/>
        <xsl:value-of select="substring($s, 2)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== Complaints (Art 13(2)(d)) ==== -->

  <xsl:template name="complaints">
    <section class="section" aria-labelledby="complaints">
      <h2 id="complaints">Complaints</h2>
      <p>If you are unhappy with how we use your data or answer a request, please tell us first: we would like the chance to put it right.</p>
      <p>
        <xsl:text>You also have the right to complain to </xsl:text>
        <xsl:call-template name="authority"/>
        <xsl:if test="$o/supervisory_authority/@source = 'law' and not($is-eu)">
          <xsl:text>, the UK’s data protection regulator</xsl:text>
        </xsl:if>
        <xsl:text>.</xsl:text>
        <xsl:if test="contains($o/supervisory_authority, 'Information Commissioner')">
          <xsl:text> You can complain online at </xsl:text>
          <a href="https://ico.org.uk/make-a-complaint/" rel="noopener noreferrer">ico.org.uk/make-a-complaint</a>
          <xsl:text> or by telephone on 0303 123 1113.</xsl:text>
        </xsl:if>
      </p>
    </section>
  </xsl:template>

  <xsl:template name="authority">
    <xsl:choose>
      <xsl:when test="$o/supervisory_authority != ''">
        <xsl:variable name="sa" select="string($o/supervisory_authority)"/>
        <!-- "Information Commissioner's Office" reads "the ..." in a sentence. -->
        <xsl:if test="not(starts-with($sa, 'the ') or starts-with($sa, 'The '))
                      and contains($sa, 'Office')">the </xsl:if>
        <xsl:value-of select="$sa"/>
      </xsl:when>
      <xsl:otherwise>a data protection supervisory authority</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==== Processing for clients (we are their processor) ==== -->

  <xsl:template name="for-clients">
    <section class="section" aria-labelledby="for-clients">
      <h2 id="for-clients">Data we handle for our clients</h2>
      <p>We also handle personal data on behalf of our clients. For that data the client is the controller: it decides how the data is used and must tell you about it in its own privacy notice. To use your rights over it, contact the client; if you contact us, we will pass your request on and help the client answer.</p>
      <xsl:for-each select="$for-clients">
        <xsl:sort select="translate(name, $upper, $lower)"/>
        <article class="card" id="c-{@id}" aria-labelledby="c-{@id}-title">
          <h3 class="card-title" id="c-{@id}-title"><xsl:value-of select="name"/></h3>
          <xsl:if test="description != ''">
            <p><xsl:value-of select="description"/></p>
          </xsl:if>
          <dl class="summary summary-compact">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">For</xsl:with-param>
              <xsl:with-param name="value" select="string(controller_name)"/>
            </xsl:call-template>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">What we do</xsl:with-param>
              <xsl:with-param name="value" select="string(purposes)"/>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
            <div class="summary-row">
              <dt>Whose data</dt>
              <dd>
                <xsl:call-template name="names-or-gap">
                  <xsl:with-param name="items" select="subject"/>
                </xsl:call-template>
              </dd>
            </div>
            <div class="summary-row">
              <dt>What data</dt>
              <dd>
                <xsl:call-template name="names-or-gap">
                  <xsl:with-param name="items" select="data"/>
                </xsl:call-template>
              </dd>
            </div>
            <xsl:if test="recipient">
              <div class="summary-row">
                <dt>Who receives it</dt>
                <dd>
                  <xsl:call-template name="activity-recipients"/>
                </dd>
              </div>
            </xsl:if>
            <div class="summary-row">
              <dt>Outside <xsl:value-of select="$home-short"/></dt>
              <dd>
                <xsl:call-template name="activity-transfers"/>
              </dd>
            </div>
            <div class="summary-row">
              <dt>How long we keep it</dt>
              <dd>
                <xsl:call-template name="retention"/>
              </dd>
            </div>
          </dl>
        </article>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- ==== About ==== -->

  <xsl:template name="about">
    <section class="section" aria-labelledby="about">
      <h2 id="about">About this notice</h2>
      <p>
        <xsl:text>This notice is generated from the record of processing activities that we keep under Article 30 of </xsl:text>
        <xsl:value-of select="$gdpr"/>
        <xsl:text>, so it changes when the record does. It covers only processing recorded as in use now. Where our record does not state something the law asks a privacy notice to tell you, the notice says “Not stated in our record” rather than guess; you can ask us about it.</xsl:text>
      </p>
      <p>
        <xsl:text>This version was produced on </xsl:text>
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="string($n/@today)"/>
          <xsl:with-param name="weekday">no</xsl:with-param>
        </xsl:call-template>
        <xsl:text>. </xsl:text>
        <span class="print-only">
          <xsl:text>The current version is at </xsl:text>
          <xsl:value-of select="$n/notice_url"/>
          <xsl:text>.</xsl:text>
        </span>
      </p>
    </section>
  </xsl:template>

  <!-- ==== Small pieces ==== -->

  <!-- The controller's legal name, else its name. -->
  <xsl:template name="controller-name">
    <xsl:choose>
      <xsl:when test="$o/legal_name != ''"><xsl:value-of select="$o/legal_name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The words for a gap in the record. -->
  <xsl:template name="gap">
    <span class="muted">Not stated in our record.</span>
  </xsl:template>

  <!--
    text-or-gap: the text, or the gap's words when it is empty.
      kind   'multiline' keeps line breaks
  -->
  <xsl:template name="text-or-gap">
    <xsl:param name="text"/>
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="normalize-space($text) = ''">
        <xsl:call-template name="gap"/>
      </xsl:when>
      <xsl:when test="$kind = 'multiline'">
        <span class="multiline"><xsl:value-of select="$text"/></span>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- names-or-gap: the items as a list, or the gap's words. -->
  <xsl:template name="names-or-gap">
    <xsl:param name="items"/>
    <xsl:choose>
      <xsl:when test="count($items) = 1">
        <xsl:value-of select="$items"/>
      </xsl:when>
      <xsl:when test="$items">
        <ul>
          <xsl:for-each select="$items">
            <li><xsl:value-of select="."/></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="gap"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- basis-words: a lawful basis as a reader understands it. -->
  <xsl:template name="basis-words">
    <xsl:param name="code"/>
    <xsl:param name="name"/>
    <xsl:choose>
      <xsl:when test="$code = 'a'">Your consent</xsl:when>
      <xsl:when test="$code = 'b'">A contract with you, or steps you asked for before one</xsl:when>
      <xsl:when test="$code = 'c'">A legal obligation we must meet</xsl:when>
      <xsl:when test="$code = 'd'">To protect someone’s life (vital interests)</xsl:when>
      <xsl:when test="$code = 'e'">A task in the public interest or in the exercise of official authority</xsl:when>
      <xsl:when test="$code = 'f'">Our legitimate interests</xsl:when>
      <xsl:when test="$code = 'ea'">A recognised legitimate interest</xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- count-words: "1 month", "26 months". Params: n, one, many. -->
  <xsl:template name="count-words">
    <xsl:param name="n"/>
    <xsl:param name="one"/>
    <xsl:param name="many"/>
    <xsl:value-of select="$n"/>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$n = 1"><xsl:value-of select="$one"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$many"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
