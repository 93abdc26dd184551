<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/answer.xsl: the answer to an access request (Article 15(1)-(3)),
  a printable letter to the requester drawn from the record of
  processing; for a portability request, with the Article 20 verdict.
  Wherever the register is silent the letter says "Not recorded" (the
  checks report the same gaps to staff).

  Document:
  <answer-letter><meta/>
    <organisation id slug jurisdiction><name/></organisation>
    <ticket reference? kind? received? requester? due? preview?/>?
      kind is access (the default) or portability; received and due are
      YYYY-MM-DD; preview="1" marks the preview from the register (no
      ticket yet), which shows a form to choose the categories.
    <answer jurisdiction date>
      <controller id slug jurisdiction><name/><legal_name/>?<address/>?
        <contact_email/>?<contact_phone/>?<website/>?<dpo_name/>?
        <dpo_email/>?<dpo_address/>?<dpo_phone/>?<representative_name/>?
        <representative_contact/>?<registration_ref/>?
        <supervisory_authority/>?<locations><location/>*</locations>
      </controller>
      <request_subjects all?><subject code activities unknown?>name
        </subject>*</request_subjects>
      <subject_categories><subject code>name</subject>*</subject_categories>
      <summary activities data_categories special recipients transfers
        automated_decisions processor_activities>
        <data_category ref special?>name</data_category>*
        <recipient ref>name</recipient>*</summary>
      <activities><activity id role is_automated?><name/>
        <subject code/>*<purposes/>?<lawful_basis code article/>?
        <lawful_basis_detail/>?<art9 code article/>?<art9_detail/>?
        <criminal/>?<data_category ref special? criminal?/>*
        <recipient ref/>*<retention months? days?><event/>?<rule/>?
        </retention>?<source/>?<automated_decisions present?/>?
        <portability applies reason?/></activity>*</activities>
      <recipients><recipient id kind><name/><service/>?<location/>*
        </recipient>*</recipients>
      <processor_activities><activity id><name/><subject code/>*
        <controller_name/>?</activity>*</processor_activities>
      <portability applies activities undecided reason?/>
    </answer></answer-letter>
  A <location country region? outside adequacy mechanism? article? valid?
  valid_until? needs_certification? certified?><country_name/>
  <mechanism_name/>?</location>: outside is 1 when the place is outside
  the UK and the EEA (uk rules) or the EEA (eu rules); adequacy is the
  country's standing under those rules (uk, eea, adequate, partial,
  none); valid says whether the mechanism could be relied on that day.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:key name="recipient" match="/*/answer/recipients/recipient" use="@id"/>

  <xsl:variable name="ans" select="/*/answer"/>
  <xsl:variable name="ctl" select="$ans/controller"/>
  <xsl:variable name="ticket" select="/*/ticket"/>
  <xsl:variable name="org" select="/*/organisation"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>
  <xsl:variable name="is-preview" select="$ticket/@preview = '1'"/>
  <xsl:variable name="is-portability" select="$ticket/@kind = 'portability'"/>
  <xsl:variable name="is-eu" select="$ans/@jurisdiction = 'eu'"/>
  <xsl:variable name="acts" select="$ans/activities/activity"/>
  <xsl:variable name="sum" select="$ans/summary"/>
  <!-- The organisation as the letter names it. -->
  <xsl:variable name="we">
    <xsl:choose>
      <xsl:when test="normalize-space($ctl/name) != ''"><xsl:value-of select="$ctl/name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$org/name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="law">
    <xsl:choose>
      <xsl:when test="$is-eu">the GDPR</xsl:when>
      <xsl:otherwise>the UK GDPR</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="home">
    <xsl:choose>
      <xsl:when test="$is-eu">the European Economic Area (EEA)</xsl:when>
      <xsl:otherwise>the UK and the European Economic Area (EEA)</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="title">
    <xsl:choose>
      <xsl:when test="$is-portability">Your request to receive your personal data</xsl:when>
      <xsl:otherwise>Your request for your personal data</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="outside" select="$ans/recipients/recipient/location[@outside = '1'] | $ctl/locations/location[@outside = '1']"/>
  <xsl:variable name="no-place" select="$ans/recipients/recipient[not(location)]"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat($title, ': ', $we)"/>
      <xsl:with-param name="heading" select="string($title)"/>
      <xsl:with-param name="caption" select="string($we)"/>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="$org-href"/>
      <xsl:with-param name="back-text" select="concat('Back to ', $org/name)"/>
      <xsl:with-param name="body-class">letter-page</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:call-template name="staff-notes"/>
        <xsl:apply-templates select="$ans"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ============================================================== -->
  <!-- For staff only: never printed.                                  -->

  <xsl:template name="staff-notes">
    <div class="notice no-print" role="status">
      <xsl:choose>
        <xsl:when test="$is-preview">
          <p>A preview of the letter, drawn from the record of processing as it stands today. A ticket fills in the requester, its reference and dates; choose the data-subject categories and the kind of request below.</p>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:text>Drawn from the record of processing as it stands today. Print it, or save it as a PDF, and send it with the copy of the data.</xsl:text>
            <xsl:if test="$ticket/@due != ''">
              <xsl:text> The answer is due by </xsl:text>
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="$ticket/@due"/>
              </xsl:call-template>
              <xsl:text>.</xsl:text>
            </xsl:if>
          </p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$is-portability and $ans/portability/@undecided &gt; 0">
        <p>
          <strong>Portability cannot be decided from the register</strong>
          <xsl:text> for </xsl:text>
          <xsl:call-template name="count-noun">
            <xsl:with-param name="n" select="$ans/portability/@undecided"/>
            <xsl:with-param name="one">activity</xsl:with-param>
            <xsl:with-param name="many">activities</xsl:with-param>
          </xsl:call-template>
          <xsl:text>: record each one’s lawful basis and whether it is carried out by automated means, or the letter tells the requester so.</xsl:text>
        </p>
      </xsl:if>
      <xsl:if test="$sum/@activities = 0">
        <p><strong>The register has no active activity as a controller about these people.</strong> Check the categories of the request, and the register, before sending this letter.</p>
      </xsl:if>
      <xsl:if test="$ans/request_subjects/subject[@unknown = '1']">
        <p>
          <strong>Not a category of this organisation: </strong>
          <xsl:for-each select="$ans/request_subjects/subject[@unknown = '1']">
            <xsl:if test="position() != 1">, </xsl:if>
            <code><xsl:value-of select="@code"/></code>
          </xsl:for-each>
        </p>
      </xsl:if>
      <p><a href="{$org-href}/checks">The checks</a> list what the register lacks; each gap shows in the letter as “Not recorded”.</p>
    </div>
    <xsl:if test="$is-preview">
      <xsl:call-template name="preview-form"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="preview-form">
    <form method="get" action="{$org-href}/answer-preview" class="no-print letter-preview-form">
      <fieldset class="field fieldset" aria-describedby="f-subject-hint">
        <legend class="legend">Who is asking</legend>
        <div class="hint" id="f-subject-hint">The data-subject categories the request concerns. Choose none when they are not known: the letter then covers every activity.</div>
        <div class="checkboxes">
          <xsl:for-each select="$ans/subject_categories/subject">
            <div class="checkbox">
              <input class="checkbox-input" type="checkbox" id="f-subject-{@code}" name="subject" value="{@code}">
                <xsl:if test="$ans/request_subjects/subject/@code = current()/@code">
                  <xsl:attribute name="checked">checked</xsl:attribute>
                </xsl:if>
              </input>
              <label class="checkbox-label" for="f-subject-{@code}"><xsl:value-of select="."/></label>
            </div>
          </xsl:for-each>
        </div>
      </fieldset>
      <fieldset class="field fieldset">
        <legend class="legend">Kind of request</legend>
        <div class="radios radios-inline">
          <div class="radio">
            <input class="radio-input" type="radio" id="f-kind" name="kind" value="access">
              <xsl:if test="not($is-portability)">
                <xsl:attribute name="checked">checked</xsl:attribute>
              </xsl:if>
            </input>
            <label class="radio-label" for="f-kind">Access</label>
          </div>
          <div class="radio">
            <input class="radio-input" type="radio" id="f-kind-portability" name="kind" value="portability">
              <xsl:if test="$is-portability">
                <xsl:attribute name="checked">checked</xsl:attribute>
              </xsl:if>
            </input>
            <label class="radio-label" for="f-kind-portability">Portability</label>
          </div>
        </div>
      </fieldset>
      <button type="submit" class="button button-secondary">Show the letter</button>
    </form>
  </xsl:template>

  <!-- ============================================================== -->
  <!-- The letter.                                                     -->

  <xsl:template match="answer">
    <article class="letter" aria-label="Letter to the requester">
      <xsl:call-template name="letter-head"/>

      <p>
        <xsl:text>Dear </xsl:text>
        <xsl:choose>
          <xsl:when test="normalize-space($ticket/@requester) != ''"><xsl:value-of select="$ticket/@requester"/></xsl:when>
          <xsl:otherwise>requester</xsl:otherwise>
        </xsl:choose>
        <xsl:text>,</xsl:text>
      </p>
      <xsl:call-template name="opening"/>

      <section class="letter-section" aria-labelledby="summary-title">
        <h2 id="summary-title">In short</h2>
        <xsl:call-template name="in-short"/>
      </section>

      <section class="letter-section" aria-labelledby="uses-title">
        <h2 id="uses-title">How we use your personal data</h2>
        <p>For each use: why we use your data (Article 15(1)(a)), the lawful basis, the kinds of personal data (15(1)(b)), who receives it (15(1)(c)), how long we keep it (15(1)(d)), where it comes from when you did not give it to us (15(1)(g)) and whether decisions about you are made by automated means (15(1)(h)).</p>
        <xsl:choose>
          <xsl:when test="$acts">
            <xsl:apply-templates select="$acts"/>
          </xsl:when>
          <xsl:otherwise>
            <p>Our record of processing lists no use of personal data about people in the groups your request concerns.</p>
          </xsl:otherwise>
        </xsl:choose>
      </section>

      <section class="letter-section" aria-labelledby="recipients-title">
        <h2 id="recipients-title">Who receives your personal data</h2>
        <p>Article 15(1)(c): the organisations, or kinds of organisation, that we disclose your data to, and where they hold it.</p>
        <xsl:choose>
          <xsl:when test="recipients/recipient">
            <xsl:call-template name="recipients-table"/>
          </xsl:when>
          <xsl:otherwise>
            <p>Our record of processing lists no recipients of this data.</p>
          </xsl:otherwise>
        </xsl:choose>
      </section>

      <section class="letter-section" aria-labelledby="transfers-title">
        <h2 id="transfers-title">Transfers outside <xsl:value-of select="$home"/></h2>
        <p>Article 15(2): where your data goes outside <xsl:value-of select="$home"/>, the safeguards that protect it.</p>
        <xsl:call-template name="transfers"/>
      </section>

      <section class="letter-section" aria-labelledby="rights-title">
        <h2 id="rights-title">Your rights</h2>
        <xsl:call-template name="rights"/>
      </section>

      <section class="letter-section" aria-labelledby="complain-title">
        <h2 id="complain-title">Your right to complain</h2>
        <xsl:call-template name="complain"/>
      </section>

      <xsl:if test="$is-portability">
        <section class="letter-section" aria-labelledby="portability-title">
          <h2 id="portability-title">Data portability</h2>
          <xsl:call-template name="portability"/>
        </section>
      </xsl:if>

      <xsl:if test="processor_activities/activity">
        <section class="letter-section" aria-labelledby="processor-title">
          <h2 id="processor-title">Data we handle for other organisations</h2>
          <xsl:call-template name="processor"/>
        </section>
      </xsl:if>

      <section class="letter-section" aria-labelledby="copy-title">
        <h2 id="copy-title">A copy of your personal data</h2>
        <p>Article 15(3): with this letter is a copy of the personal data we hold about you. This first copy is free of charge. If you made your request electronically, the copy is in a commonly used electronic form, unless you asked for another.</p>
      </section>

      <section class="letter-section" aria-labelledby="contact-title">
        <h2 id="contact-title">How to contact us</h2>
        <xsl:call-template name="contact"/>
      </section>

      <div class="letter-sign">
        <p>Yours sincerely,</p>
        <p>
          <xsl:choose>
            <xsl:when test="normalize-space($ctl/dpo_name) != ''">
              <xsl:value-of select="$ctl/dpo_name"/>
              <br/>
              <xsl:text>Data protection officer</xsl:text>
            </xsl:when>
            <xsl:otherwise>Data protection</xsl:otherwise>
          </xsl:choose>
          <br/>
          <xsl:call-template name="legal-name"/>
        </p>
      </div>
      <p class="letter-enclosure"><strong>Enclosure:</strong> a copy of your personal data (Article 15(3)).</p>
    </article>
  </xsl:template>

  <!-- The sender, the addressee, the reference and the dates. -->
  <xsl:template name="letter-head">
    <div class="letter-head">
      <address class="letter-from">
        <strong><xsl:call-template name="legal-name"/></strong>
        <xsl:if test="normalize-space($ctl/address) != ''">
          <br/><span class="multiline"><xsl:value-of select="$ctl/address"/></span>
        </xsl:if>
        <xsl:if test="normalize-space($ctl/contact_email) != ''">
          <br/><xsl:value-of select="$ctl/contact_email"/>
        </xsl:if>
        <xsl:if test="normalize-space($ctl/contact_phone) != ''">
          <br/><xsl:value-of select="$ctl/contact_phone"/>
        </xsl:if>
        <xsl:if test="normalize-space($ctl/website) != ''">
          <br/><xsl:value-of select="$ctl/website"/>
        </xsl:if>
      </address>
      <dl class="summary letter-meta">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">To</xsl:with-param>
          <xsl:with-param name="value" select="string($ticket/@requester)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Our reference</xsl:with-param>
          <xsl:with-param name="value" select="string($ticket/@reference)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Your request</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:if test="$ticket/@received != ''">
              <xsl:text>Received </xsl:text>
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="$ticket/@received"/>
              </xsl:call-template>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Date</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="date">
              <xsl:with-param name="d" select="@date"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </div>
  </xsl:template>

  <xsl:template name="opening">
    <p>
      <xsl:text>Thank you for your request</xsl:text>
      <xsl:if test="$ticket/@received != ''">
        <xsl:text> of </xsl:text>
        <xsl:call-template name="date">
          <xsl:with-param name="d" select="$ticket/@received"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$is-portability">
          <xsl:text> to receive your personal data in a form you can reuse. Article 20 of </xsl:text>
          <xsl:value-of select="$law"/>
          <xsl:text> gives that right for some data; this letter says whether it applies to yours. It also gives you what Article 15 entitles you to: whether we process personal data about you, a copy of it, and how we use it.</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:text>. Article 15 of </xsl:text>
          <xsl:value-of select="$law"/>
          <xsl:text> entitles you to know whether we process personal data about you, to have a copy of it, and to know how we use it. This letter gives you that information.</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:choose>
      <xsl:when test="request_subjects/@all = '1' or not(request_subjects/subject[not(@unknown)])">
        <p>We did not know in what capacity you deal with us, so this letter covers all the processing in our record of processing.</p>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:text>It covers the processing in our record of processing about </xsl:text>
          <xsl:call-template name="quoted-names">
            <xsl:with-param name="items" select="request_subjects/subject[not(@unknown)]"/>
          </xsl:call-template>
          <xsl:text>, which your request concerns.</xsl:text>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The summary the letter leads with, and the confirmation (15(1)). -->
  <xsl:template name="in-short">
    <xsl:choose>
      <xsl:when test="$sum/@activities &gt; 0">
        <p>
          <strong>We process personal data about you.</strong>
          <xsl:text> Our record lists </xsl:text>
          <xsl:call-template name="count-noun">
            <xsl:with-param name="n" select="$sum/@activities"/>
            <xsl:with-param name="one">use</xsl:with-param>
            <xsl:with-param name="many">uses</xsl:with-param>
          </xsl:call-template>
          <xsl:text> of it, each set out below.</xsl:text>
        </p>
        <dl class="summary">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Kinds of personal data</xsl:with-param>
            <xsl:with-param name="value">
              <xsl:call-template name="name-list">
                <xsl:with-param name="items" select="$sum/data_category"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:if test="$sum/@special &gt; 0">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Special categories</xsl:with-param>
              <xsl:with-param name="value">
                <xsl:text>Some of it is special-category data (Article 9): </xsl:text>
                <xsl:call-template name="name-list">
                  <xsl:with-param name="items" select="$sum/data_category[@special = '1']"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Who receives it</xsl:with-param>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="$sum/recipient">
                  <xsl:call-template name="name-list">
                    <xsl:with-param name="items" select="$sum/recipient"/>
                  </xsl:call-template>
                </xsl:when>
                <xsl:otherwise>No recipients recorded</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Outside <xsl:value-of select="$home"/></xsl:with-param>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="$outside">
                  <xsl:call-template name="count-noun">
                    <xsl:with-param name="n" select="count($outside)"/>
                    <xsl:with-param name="one">transfer</xsl:with-param>
                    <xsl:with-param name="many">transfers</xsl:with-param>
                  </xsl:call-template>
                  <xsl:text>, with the safeguards below</xsl:text>
                </xsl:when>
                <xsl:when test="$no-place">No transfer recorded, but our record does not say where every recipient holds the data</xsl:when>
                <xsl:otherwise>No transfers recorded</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:if test="$sum/@automated_decisions &gt; 0">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Automated decisions</xsl:with-param>
              <xsl:with-param name="value">Some decisions about you are made by automated means: see each use below</xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$is-portability">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Data portability</xsl:with-param>
              <xsl:with-param name="value">
                <xsl:choose>
                  <xsl:when test="portability/@applies = '1'">Applies to some of your data: see “Data portability”</xsl:when>
                  <xsl:when test="portability/@undecided &gt; 0">Not yet decided: see “Data portability”</xsl:when>
                  <xsl:otherwise>Does not apply to your data: see “Data portability”</xsl:otherwise>
                </xsl:choose>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:if>
        </dl>
      </xsl:when>
      <xsl:otherwise>
        <p><strong>Our record of processing lists no processing, by us as a controller, of personal data about people in the groups your request concerns.</strong></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One use of the data: everything Article 15(1) lists about it. -->
  <xsl:template match="activity">
    <section class="letter-activity" aria-labelledby="activity-{@id}">
      <h3 id="activity-{@id}"><xsl:value-of select="name"/></h3>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Why we use it</xsl:with-param>
          <xsl:with-param name="value" select="string(purposes)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Lawful basis</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:if test="lawful_basis">
              <xsl:value-of select="lawful_basis"/>
              <xsl:if test="lawful_basis/@article != ''">
                <xsl:value-of select="concat(' (', lawful_basis/@article, ')')"/>
              </xsl:if>
              <xsl:if test="normalize-space(lawful_basis_detail) != ''">
                <xsl:text>: </xsl:text>
                <xsl:value-of select="lawful_basis_detail"/>
              </xsl:if>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="art9 or data_category[@special = '1']">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Condition for special-category data</xsl:with-param>
            <xsl:with-param name="value">
              <xsl:if test="art9">
                <xsl:value-of select="art9"/>
                <xsl:if test="art9/@article != ''">
                  <xsl:value-of select="concat(' (', art9/@article, ')')"/>
                </xsl:if>
                <xsl:if test="normalize-space(art9_detail) != ''">
                  <xsl:text>: </xsl:text>
                  <xsl:value-of select="art9_detail"/>
                </xsl:if>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Kinds of personal data</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="name-list">
              <xsl:with-param name="items" select="data_category"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="criminal">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Criminal-offence data</xsl:with-param>
            <xsl:with-param name="value">
              <xsl:text>Yes (Article 10)</xsl:text>
              <xsl:if test="normalize-space(criminal) != ''">
                <xsl:text>: </xsl:text>
                <xsl:value-of select="criminal"/>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Who receives it</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="recipient">
                <xsl:for-each select="recipient">
                  <xsl:if test="position() != 1">, </xsl:if>
                  <xsl:value-of select="key('recipient', @ref)/name"/>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>No recipients recorded</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">How long we keep it</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:apply-templates select="retention"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Where it comes from, when not from you</xsl:with-param>
          <xsl:with-param name="value" select="string(source)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Automated decisions, including profiling</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:apply-templates select="automated_decisions"/>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- "26 months from ...", or the rule; both when both are recorded. -->
  <xsl:template match="retention">
    <xsl:if test="@months != '' or @days != ''">
      <xsl:call-template name="period">
        <xsl:with-param name="months" select="string(@months)"/>
        <xsl:with-param name="days" select="string(@days)"/>
      </xsl:call-template>
      <xsl:if test="normalize-space(event) != ''">
        <xsl:text> from </xsl:text>
        <xsl:value-of select="event"/>
      </xsl:if>
      <xsl:if test="normalize-space(rule) != ''">. </xsl:if>
    </xsl:if>
    <xsl:value-of select="rule"/>
  </xsl:template>

  <xsl:template match="automated_decisions">
    <xsl:choose>
      <xsl:when test="@present = '0'">None: no decision about you is made solely by automated means</xsl:when>
      <xsl:when test="normalize-space(.) != ''"><xsl:value-of select="."/></xsl:when>
      <xsl:when test="@present = '1'">
        <xsl:text>Yes; the logic involved and its consequences: </xsl:text>
        <xsl:call-template name="not-recorded"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Recipients (15(1)(c)): what they do, and where. -->
  <xsl:template name="recipients-table">
    <div class="table-wrap">
      <table class="table letter-table">
        <caption class="visually-hidden">Recipients of your personal data</caption>
        <thead>
          <tr>
            <th scope="col">Recipient</th>
            <th scope="col">What they do</th>
            <th scope="col">Where they hold it</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="recipients/recipient">
            <tr>
              <th scope="row">
                <xsl:value-of select="name"/>
                <br/>
                <span class="muted">
                  <xsl:call-template name="kind-words">
                    <xsl:with-param name="kind" select="@kind"/>
                  </xsl:call-template>
                </span>
              </th>
              <td>
                <xsl:choose>
                  <xsl:when test="normalize-space(service) != ''"><xsl:value-of select="service"/></xsl:when>
                  <xsl:otherwise><xsl:call-template name="not-recorded"/></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:choose>
                  <xsl:when test="location">
                    <xsl:for-each select="location">
                      <xsl:if test="position() != 1">; </xsl:if>
                      <xsl:call-template name="place"/>
                    </xsl:for-each>
                  </xsl:when>
                  <xsl:otherwise><xsl:call-template name="not-recorded"/></xsl:otherwise>
                </xsl:choose>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- Transfers (15(2)): each place outside the home area and its safeguard. -->
  <xsl:template name="transfers">
    <xsl:choose>
      <xsl:when test="$outside">
        <div class="table-wrap">
          <table class="table letter-table">
            <caption class="visually-hidden">Transfers outside <xsl:value-of select="$home"/> and their safeguards</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Where</th>
                <th scope="col">Safeguard</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$outside">
                <tr>
                  <th scope="row">
                    <xsl:choose>
                      <xsl:when test="ancestor::controller">Us</xsl:when>
                      <xsl:otherwise><xsl:value-of select="../name"/></xsl:otherwise>
                    </xsl:choose>
                  </th>
                  <td><xsl:call-template name="place"/></td>
                  <td><xsl:call-template name="safeguard"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p>Our record lists no transfer of your data outside <xsl:value-of select="$home"/>.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$no-place">
      <p>
        <xsl:text>Our record does not say where </xsl:text>
        <xsl:for-each select="$no-place">
          <xsl:if test="position() != 1">
            <xsl:choose>
              <xsl:when test="position() = last()"> and </xsl:when>
              <xsl:otherwise>, </xsl:otherwise>
            </xsl:choose>
          </xsl:if>
          <xsl:value-of select="name"/>
        </xsl:for-each>
        <xsl:text> hold</xsl:text>
        <xsl:if test="count($no-place) = 1">s</xsl:if>
        <xsl:text> your data, so whether </xsl:text>
        <xsl:choose>
          <xsl:when test="count($no-place) = 1">it transfers</xsl:when>
          <xsl:otherwise>they transfer</xsl:otherwise>
        </xsl:choose>
        <xsl:text> it outside </xsl:text>
        <xsl:value-of select="$home"/>
        <xsl:text>, and on what safeguard, is not recorded.</xsl:text>
      </p>
    </xsl:if>
    <p>
      <xsl:text>Where we process it ourselves: </xsl:text>
      <xsl:choose>
        <xsl:when test="$ctl/locations/location">
          <xsl:for-each select="$ctl/locations/location">
            <xsl:if test="position() != 1">; </xsl:if>
            <xsl:call-template name="place"/>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="not-recorded"/><xsl:text>.</xsl:text></xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <!-- The context location as "United States" or "Ireland (eu-west-1)". -->
  <xsl:template name="place">
    <xsl:choose>
      <xsl:when test="normalize-space(country_name) != ''"><xsl:value-of select="country_name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@country"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="normalize-space(@region) != ''">
      <xsl:text> (cloud region </xsl:text>
      <xsl:value-of select="@region"/>
      <xsl:text>)</xsl:text>
    </xsl:if>
  </xsl:template>

  <!--
    safeguard: the context location's mechanism, its article and whether
    it still stands; without one, what adequacy says, or "Not recorded".
  -->
  <xsl:template name="safeguard">
    <xsl:choose>
      <xsl:when test="normalize-space(@mechanism) != ''">
        <xsl:choose>
          <xsl:when test="normalize-space(mechanism_name) != ''"><xsl:value-of select="mechanism_name"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@mechanism"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="normalize-space(@article) != ''">
          <xsl:value-of select="concat(', ', @article)"/>
        </xsl:if>
        <xsl:text>. </xsl:text>
        <xsl:choose>
          <xsl:when test="@valid = '1' and @needs_certification = '1' and not(@certified = '1')">
            <strong>It covers only certified organisations, and the recipient’s certification is not recorded.</strong>
          </xsl:when>
          <xsl:when test="@valid = '1'">A valid safeguard.</xsl:when>
          <xsl:when test="normalize-space(@valid_until) != '' and number(translate(@valid_until, '-', '')) &lt; number(translate($ans/@date, '-', ''))">
            <strong>
              <xsl:text>No longer valid: it could be relied on only until </xsl:text>
              <xsl:call-template name="date">
                <xsl:with-param name="d" select="@valid_until"/>
              </xsl:call-template>
              <xsl:text>.</xsl:text>
            </strong>
          </xsl:when>
          <xsl:otherwise><strong>Not a valid safeguard for this transfer.</strong></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="@adequacy = 'adequate'">
        <xsl:text>An adequacy decision (Article 45): the country is recognised as protecting personal data adequately.</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="not-recorded"/>
        <xsl:if test="@adequacy = 'partial'">
          <xsl:text> (the country is recognised as adequate only in part, for example for certified organisations)</xsl:text>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 15(1)(e): the rights, portability only where it applies. -->
  <xsl:template name="rights">
    <p>Besides access, Article 15(1)(e) gives you the right:</p>
    <ul>
      <li>to have inaccurate personal data about you corrected, and incomplete data completed (rectification, Article 16)</li>
      <li>to have it erased, for example where we no longer need it or you withdraw your consent (erasure, Article 17)</li>
      <li>to have its use restricted, for example while we check that it is accurate (restriction, Article 18)</li>
      <li>to object to its use where we rely on our legitimate interests or a task in the public interest, and at any time to its use for direct marketing (objection, Article 21)</li>
      <xsl:if test="$acts[lawful_basis/@code = 'a' or art9/@code = 'a']">
        <li>to withdraw your consent at any time where we rely on it, which does not affect what we did before (Article 7(3))</li>
      </xsl:if>
      <xsl:if test="portability/@applies = '1'">
        <li>
          <xsl:text>to receive the personal data you gave us for </xsl:text>
          <xsl:call-template name="quoted-names">
            <xsl:with-param name="items" select="$acts[portability/@applies = '1']/name"/>
          </xsl:call-template>
          <xsl:text> in a structured, commonly used and machine-readable format, and to have it sent to another organisation (data portability, Article 20)</xsl:text>
        </li>
      </xsl:if>
    </ul>
    <p>To use any of these rights, contact us as set out at the end of this letter.</p>
  </xsl:template>

  <!-- 15(1)(f): the supervisory authority: the ICO under the uk rules. -->
  <xsl:template name="complain">
    <p>Article 15(1)(f): if you are unhappy with how we use your personal data or with this answer, you may tell us first, and you have the right to complain to a supervisory authority.</p>
    <dl class="summary">
      <xsl:choose>
        <xsl:when test="$is-eu">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Our supervisory authority</xsl:with-param>
            <xsl:with-param name="value" select="string($ctl/supervisory_authority)"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Supervisory authority</xsl:with-param>
            <xsl:with-param name="value">The Information Commissioner’s Office (ICO), ico.org.uk/make-a-complaint, telephone 0303 123 1113</xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </dl>
    <xsl:if test="$is-eu">
      <p>You may also complain to the supervisory authority of the EU country where you live or work, or where you think the law was broken (Article 77).</p>
    </xsl:if>
    <p>You also have the right to go to court (Article 79).</p>
  </xsl:template>

  <!-- Article 20: the verdict, overall and for each use. -->
  <xsl:template name="portability">
    <xsl:choose>
      <xsl:when test="not($acts)">
        <p>Our record of processing lists no processing, by us as a controller, of personal data about people in the groups your request concerns, so there is no data of yours that the right to data portability (Article 20) could apply to.</p>
      </xsl:when>
      <xsl:when test="portability/@applies = '1'">
        <p>The right to data portability applies to the personal data you gave us for the uses marked “Applies” below. We will send you that data in a structured, commonly used and machine-readable format, or, if you ask and it is technically feasible, straight to another organisation (Article 20(2)).</p>
      </xsl:when>
      <xsl:when test="portability/@undecided &gt; 0">
        <p>
          <strong>Our record of processing does not yet say enough to tell whether the right to data portability applies to your data.</strong>
          <xsl:text> Article 20 applies only to data you gave us that we process by automated means on the basis of your consent or of a contract with you; what our record lacks for each use is below. We will write to you again once we have checked. Meanwhile you have the right of access: a copy of your data comes with this letter.</xsl:text>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <strong>The right to data portability does not apply to the personal data we hold about you.</strong>
          <xsl:text> Article 20 applies only to data you gave us that we process by automated means on the basis of your consent or of a contract with you</xsl:text>
          <xsl:choose>
            <xsl:when test="portability/@reason != ''">
              <xsl:text>, and for all of our uses of your data: </xsl:text>
              <xsl:call-template name="reason-words">
                <xsl:with-param name="reason" select="portability/@reason"/>
              </xsl:call-template>
              <xsl:text>.</xsl:text>
            </xsl:when>
            <xsl:otherwise>: the reason for each use is below.</xsl:otherwise>
          </xsl:choose>
          <xsl:text> You still have the right of access: a copy of your data comes with this letter.</xsl:text>
        </p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$acts">
      <div class="table-wrap">
        <table class="table letter-table">
          <caption class="visually-hidden">Data portability for each use of your data</caption>
          <thead>
            <tr>
              <th scope="col">Use</th>
              <th scope="col">Data portability</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$acts">
              <tr>
                <th scope="row"><xsl:value-of select="name"/></th>
                <td>
                  <xsl:choose>
                    <xsl:when test="portability/@applies = '1'">Applies</xsl:when>
                    <xsl:when test="portability/@reason = 'basis-not-recorded' or portability/@reason = 'automated-not-recorded'">
                      <xsl:text>Not yet decided: </xsl:text>
                      <xsl:call-template name="reason-words">
                        <xsl:with-param name="reason" select="portability/@reason"/>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:text>Does not apply: </xsl:text>
                      <xsl:call-template name="reason-words">
                        <xsl:with-param name="reason" select="portability/@reason"/>
                      </xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- reason-words: why Article 20 does not apply. Param: reason. -->
  <xsl:template name="reason-words">
    <xsl:param name="reason"/>
    <xsl:choose>
      <xsl:when test="$reason = 'basis-not-recorded'">the lawful basis for it is not recorded</xsl:when>
      <xsl:when test="$reason = 'legal-obligation'">it is based on a legal obligation, not on your consent or a contract</xsl:when>
      <xsl:when test="$reason = 'vital-interests'">it is based on protecting someone’s vital interests, not on your consent or a contract</xsl:when>
      <xsl:when test="$reason = 'public-task'">it is based on a task in the public interest (Article 20(3))</xsl:when>
      <xsl:when test="$reason = 'legitimate-interests'">it is based on legitimate interests, not on your consent or a contract</xsl:when>
      <xsl:when test="$reason = 'recognised-legitimate-interest'">it is based on a recognised legitimate interest, not on your consent or a contract</xsl:when>
      <xsl:when test="$reason = 'other-basis'">its lawful basis is neither your consent nor a contract</xsl:when>
      <xsl:when test="$reason = 'not-automated'">it is not carried out by automated means</xsl:when>
      <xsl:when test="$reason = 'automated-not-recorded'">whether it is carried out by automated means is not recorded</xsl:when>
      <xsl:otherwise><xsl:value-of select="$reason"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Processor activities: their controllers answer for them. -->
  <xsl:template name="processor">
    <p>We also handle personal data about people in the groups your request concerns on behalf of other organisations, which decide how it is used. For that data, the organisation we act for answers requests, and we will help it to answer yours:</p>
    <ul>
      <xsl:for-each select="processor_activities/activity">
        <li>
          <xsl:value-of select="name"/>
          <xsl:text>, for </xsl:text>
          <xsl:choose>
            <xsl:when test="normalize-space(controller_name) != ''"><xsl:value-of select="controller_name"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="not-recorded"/></xsl:otherwise>
          </xsl:choose>
        </li>
      </xsl:for-each>
    </ul>
  </xsl:template>

  <xsl:template name="contact">
    <dl class="summary">
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Organisation</xsl:with-param>
        <xsl:with-param name="value">
          <xsl:call-template name="legal-name"/>
          <xsl:if test="normalize-space($ctl/registration_ref) != ''">
            <xsl:text> (registration </xsl:text>
            <xsl:value-of select="$ctl/registration_ref"/>
            <xsl:text>)</xsl:text>
          </xsl:if>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Address</xsl:with-param>
        <xsl:with-param name="value" select="string($ctl/address)"/>
        <xsl:with-param name="kind">multiline</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Email</xsl:with-param>
        <xsl:with-param name="value" select="string($ctl/contact_email)"/>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Telephone</xsl:with-param>
        <xsl:with-param name="value" select="string($ctl/contact_phone)"/>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Data protection officer</xsl:with-param>
        <xsl:with-param name="value">
          <xsl:for-each select="$ctl/dpo_name | $ctl/dpo_email | $ctl/dpo_phone | $ctl/dpo_address">
            <xsl:if test="position() != 1">, </xsl:if>
            <xsl:value-of select="."/>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:if test="normalize-space($ctl/representative_name) != ''">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Representative (Article 27)</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:value-of select="$ctl/representative_name"/>
            <xsl:if test="normalize-space($ctl/representative_contact) != ''">
              <xsl:text>, </xsl:text>
              <xsl:value-of select="$ctl/representative_contact"/>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </dl>
  </xsl:template>

  <!-- ============================================================== -->
  <!-- Words.                                                          -->

  <xsl:template name="legal-name">
    <xsl:choose>
      <xsl:when test="normalize-space($ctl/legal_name) != ''"><xsl:value-of select="$ctl/legal_name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$we"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A date as "23 November 2026". Param: d. -->
  <xsl:template name="date">
    <xsl:param name="d"/>
    <xsl:call-template name="format-date">
      <xsl:with-param name="date" select="string($d)"/>
      <xsl:with-param name="weekday">no</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The items' texts, "A, B and C"; nothing when there are none. -->
  <xsl:template name="name-list">
    <xsl:param name="items"/>
    <xsl:for-each select="$items">
      <xsl:if test="position() != 1">
        <xsl:choose>
          <xsl:when test="position() = last()"> and </xsl:when>
          <xsl:otherwise>, </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:template>

  <!-- The same in quotation marks: “A”, “B” and “C”. -->
  <xsl:template name="quoted-names">
    <xsl:param name="items"/>
    <xsl:for-each select="$items">
      <xsl:if test="position() != 1">
        <xsl:choose>
          <xsl:when test="position() = last()"> and </xsl:when>
          <xsl:otherwise>, </xsl:otherwise>
        </xsl:choose>
      </xsl:if>
      <xsl:text>“</xsl:text><xsl:value-of select="."/><xsl:text>”</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <!-- count-noun: "1 use", "3 uses". Params: n, one, many. -->
  <xsl:template name="count-noun">
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

  <!-- A retention period from months and days; nothing when neither. -->
  <xsl:template name="period">
    <xsl:param name="months"/>
    <xsl:param name="days"/>
    <xsl:if test="$months != ''">
      <xsl:value-of select="$months"/>
      <xsl:choose>
        <xsl:when test="$months = '1'"> month</xsl:when>
        <xsl:otherwise> months</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <xsl:if test="$months != '' and $days != ''"> and </xsl:if>
    <xsl:if test="$days != ''">
      <xsl:value-of select="$days"/>
      <xsl:choose>
        <xsl:when test="$days = '1'"> day</xsl:when>
        <xsl:otherwise> days</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- kind-words: a recipient's kind for the requester. Param: kind. -->
  <xsl:template name="kind-words">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'processor'">Works for us (processor)</xsl:when>
      <xsl:when test="$kind = 'sub-processor'">Works for our processor (sub-processor)</xsl:when>
      <xsl:when test="$kind = 'independent-controller'">An organisation that decides its own use (controller)</xsl:when>
      <xsl:when test="$kind = 'joint-controller'">Decides the use jointly with us (joint controller)</xsl:when>
      <xsl:when test="$kind = 'public-authority'">Public authority</xsl:when>
      <xsl:when test="$kind = 'internal'">Within our organisation</xsl:when>
      <xsl:when test="$kind = 'category'">A category of recipients</xsl:when>
      <xsl:otherwise><xsl:value-of select="$kind"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
