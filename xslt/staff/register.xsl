<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/register.xsl: an organisation's record of processing (Article 30):
  where it processes, its activities as a controller and as a processor,
  and the recipients they share data with.
  Document: <register><meta/><asat/>?<organisation id slug jurisdiction>
  <name/></organisation>
  <locations><location id country region mechanism? valid_until?
    uk_status eu_status><country_name/><mechanism_name/>?</location>...
  </locations>
  <activities><activity id role status findings><name/><purposes/>?
    <lawful_basis code/>?<controller_name/>?<retention/>?
    <security_measures/>?<next_review/>?<recipient ref/>...</activity>...
  </activities>
  <recipients><recipient id kind findings><name/><service/>?
    <contract_ref/>?<location/>...</recipient>...</recipients>
  <summary error warning info/></register>
  An <asat> (YYYY-MM-DD) means the register as it stood at the end of
  that day: the page says so and offers no edits.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:key name="activities-by-recipient" match="activity" use="recipient/@ref"/>

  <xsl:variable name="org" select="/register/organisation"/>
  <xsl:variable name="slug" select="string($org/@slug)"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $slug)"/>
  <xsl:variable name="checks-href" select="concat($org-href, '/checks')"/>
  <xsl:variable name="register-href" select="concat($org-href, '/register')"/>
  <xsl:variable name="is-eu" select="$org/@jurisdiction = 'eu'"/>
  <xsl:variable name="asat" select="string(/register/asat)"/>
  <xsl:variable name="can-write"
    select="($account/@role = 'admin' or $account/@role = 'dpo') and $asat = ''"/>
  <!-- The day the register is seen on: the as-at date, or today. -->
  <xsl:variable name="today">
    <xsl:choose>
      <xsl:when test="$asat != ''"><xsl:value-of select="$asat"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="substring(/register/meta/now, 1, 10)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="today-n" select="number(translate($today, '-', ''))"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Record of processing: ', $org/name)"/>
      <xsl:with-param name="heading" select="string($org/name)"/>
      <xsl:with-param name="caption">Record of processing</xsl:with-param>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="$org-href"/>
      <xsl:with-param name="back-text" select="concat('Back to ', $org/name)"/>
      <xsl:with-param name="body">
        <xsl:apply-templates select="register"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="register">
    <xsl:variable name="controller" select="activities/activity[@role != 'processor']"/>
    <xsl:variable name="processor" select="activities/activity[@role = 'processor']"/>

    <xsl:if test="$asat != ''">
      <div class="notice">
        <p>
          <xsl:text>This is the record as it stood at the end of </xsl:text>
          <xsl:call-template name="format-date">
            <xsl:with-param name="date" select="$asat"/>
          </xsl:call-template>
          <xsl:text>. </xsl:text>
          <a href="{$register-href}">See the record as it is today</a>
        </p>
      </div>
    </xsl:if>

    <xsl:apply-templates select="summary"/>

    <xsl:if test="$asat = ''">
      <ul class="link-list no-print">
        <li><a href="{$org-href}/export">Download the register (XML)</a></li>
        <li><a href="{$org-href}/reports/ropa">Printable record (ICO template)</a></li>
        <li><a href="{$org-href}/reports">Reports</a></li>
        <xsl:if test="$can-write">
          <li><a href="{$org-href}/import">Import a register</a></li>
        </xsl:if>
      </ul>
    </xsl:if>

    <nav class="contents no-print" aria-label="On this page">
      <ul class="link-list">
        <li><a href="#locations-title">Where <xsl:value-of select="$org/name"/> processes data</a></li>
        <li><a href="#controller-title">Activities as a controller</a></li>
        <li><a href="#processor-title">Activities as a processor</a></li>
        <li><a href="#recipients-title">Recipients</a></li>
      </ul>
    </nav>
    <p class="no-print"><a href="{$org-href}/categories">Categories</a> of personal data and of data subjects the activities choose from, shipped and <xsl:value-of select="$org/name"/>’s own.</p>

    <section class="section" aria-labelledby="locations-title">
      <h2 id="locations-title">Where <xsl:value-of select="$org/name"/> processes data</h2>
      <xsl:choose>
        <xsl:when test="locations/location">
          <xsl:call-template name="locations-table">
            <xsl:with-param name="locations" select="locations/location"/>
            <xsl:with-param name="caption" select="concat('Locations of ', $org/name)"/>
            <xsl:with-param name="caption-class">visually-hidden</xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p>No locations are recorded for <xsl:value-of select="$org/name"/> itself. Where it holds data decides which transfer rules apply.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="section" aria-labelledby="controller-title">
      <h2 id="controller-title">Activities as a controller</h2>
      <p class="muted section-intro">Article 30(1): processing that <xsl:value-of select="$org/name"/> decides on, alone or jointly with another controller.</p>
      <xsl:if test="$can-write">
        <p class="no-print"><a class="button button-secondary" href="{$org-href}/activities/new">Add a processing activity</a></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$controller">
          <xsl:apply-templates select="$controller"/>
        </xsl:when>
        <xsl:when test="not(activities/activity)">
          <p>No processing activities are recorded yet.</p>
        </xsl:when>
        <xsl:otherwise>
          <p>No activities as a controller are recorded.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="section" aria-labelledby="processor-title">
      <h2 id="processor-title">Activities as a processor</h2>
      <p class="muted section-intro">Article 30(2): processing carried out on behalf of another controller.</p>
      <xsl:choose>
        <xsl:when test="$processor">
          <xsl:apply-templates select="$processor"/>
        </xsl:when>
        <xsl:otherwise>
          <p>No processing on behalf of another controller is recorded.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="section" aria-labelledby="recipients-title">
      <h2 id="recipients-title">Recipients</h2>
      <p class="muted section-intro">Processors, other controllers and authorities that receive personal data, and where they hold it.</p>
      <xsl:if test="$can-write">
        <p class="no-print"><a class="button button-secondary" href="{$org-href}/recipients/new">Add a recipient</a></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="recipients/recipient">
          <xsl:apply-templates select="recipients/recipient"/>
        </xsl:when>
        <xsl:otherwise>
          <p>No recipients are recorded yet.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="section no-print" aria-labelledby="asat-title">
      <h2 id="asat-title">The record on an earlier date</h2>
      <form method="get" action="{$register-href}" class="form-narrow">
        <xsl:call-template name="input">
          <xsl:with-param name="name">asat</xsl:with-param>
          <xsl:with-param name="label">Date</xsl:with-param>
          <xsl:with-param name="type">date</xsl:with-param>
          <xsl:with-param name="hint">The record as it stood at the end of that day, for example 2026-01-31.</xsl:with-param>
          <xsl:with-param name="width">short</xsl:with-param>
          <xsl:with-param name="value" select="$asat"/>
        </xsl:call-template>
        <button type="submit" class="button button-secondary">Show the record on this date</button>
      </form>
    </section>
  </xsl:template>

  <!-- The findings in a sentence, linking to the checks. -->
  <xsl:template match="summary">
    <xsl:variable name="e" select="number(concat('0', @error))"/>
    <xsl:variable name="w" select="number(concat('0', @warning))"/>
    <xsl:variable name="i" select="number(concat('0', @info))"/>
    <p class="findings-line">
      <xsl:choose>
        <xsl:when test="$e + $w + $i = 0">
          <xsl:text>The checks found no problems in this record. </xsl:text>
          <a href="{$checks-href}">See the checks</a>
        </xsl:when>
        <xsl:otherwise>
          <xsl:text>The checks found </xsl:text>
          <a href="{$checks-href}">
            <xsl:if test="$e &gt; 0">
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="$e"/>
                <xsl:with-param name="one">error</xsl:with-param>
                <xsl:with-param name="many">errors</xsl:with-param>
              </xsl:call-template>
            </xsl:if>
            <xsl:if test="$e &gt; 0 and $w &gt; 0">
              <xsl:choose>
                <xsl:when test="$i &gt; 0">, </xsl:when>
                <xsl:otherwise> and </xsl:otherwise>
              </xsl:choose>
            </xsl:if>
            <xsl:if test="$w &gt; 0">
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="$w"/>
                <xsl:with-param name="one">warning</xsl:with-param>
                <xsl:with-param name="many">warnings</xsl:with-param>
              </xsl:call-template>
            </xsl:if>
            <xsl:if test="$i &gt; 0">
              <xsl:if test="$e + $w &gt; 0"> and </xsl:if>
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="$i"/>
                <xsl:with-param name="one">note</xsl:with-param>
                <xsl:with-param name="many">notes</xsl:with-param>
              </xsl:call-template>
            </xsl:if>
          </a>
          <xsl:text> in this record</xsl:text>
          <xsl:if test="$asat != ''"> as it stood then</xsl:if>
          <xsl:text>.</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <!-- One processing activity, as a card. -->
  <xsl:template match="activity">
    <xsl:variable name="is-processor" select="@role = 'processor'"/>
    <div class="card" id="activity-{@id}">
      <div class="card-head">
        <h3 class="card-title"><xsl:value-of select="name"/></h3>
        <p class="card-tags">
          <xsl:if test="@status = 'draft'">
            <xsl:call-template name="tag">
              <xsl:with-param name="text">Draft</xsl:with-param>
              <xsl:with-param name="colour">yellow</xsl:with-param>
            </xsl:call-template>
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:if test="@role = 'joint-controller'">
            <xsl:call-template name="tag">
              <xsl:with-param name="text">Joint controller</xsl:with-param>
              <xsl:with-param name="colour">blue</xsl:with-param>
            </xsl:call-template>
            <xsl:text> </xsl:text>
          </xsl:if>
          <xsl:call-template name="findings-tag">
            <xsl:with-param name="n" select="number(concat('0', @findings))"/>
            <xsl:with-param name="anchor" select="concat('findings-activity-', @id)"/>
            <xsl:with-param name="about" select="string(name)"/>
          </xsl:call-template>
        </p>
      </div>
      <dl class="summary summary-compact">
        <xsl:if test="$is-processor">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Controller acted for</xsl:with-param>
            <xsl:with-param name="value" select="string(controller_name)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Purposes</xsl:with-param>
          <xsl:with-param name="value" select="string(purposes)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Lawful basis</xsl:with-param>
          <xsl:with-param name="omit-empty">
            <xsl:if test="$is-processor">yes</xsl:if>
          </xsl:with-param>
          <xsl:with-param name="value">
            <xsl:if test="normalize-space(lawful_basis) != ''">
              <xsl:value-of select="lawful_basis"/>
              <xsl:if test="string-length(lawful_basis/@code) = 1">
                <xsl:text> (Art 6(1)(</xsl:text>
                <xsl:value-of select="lawful_basis/@code"/>
                <xsl:text>))</xsl:text>
              </xsl:if>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Retention</xsl:with-param>
          <xsl:with-param name="value" select="string(retention)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Recipients</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:if test="recipient">
              <ul class="inline-list">
                <xsl:for-each select="recipient">
                  <li><a href="#recipient-{@ref}"><xsl:value-of select="."/></a></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Security measures</xsl:with-param>
          <xsl:with-param name="value" select="string(security_measures)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Next review</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:if test="normalize-space(next_review) != ''">
              <xsl:call-template name="format-date">
                <xsl:with-param name="date" select="string(next_review)"/>
                <xsl:with-param name="weekday">no</xsl:with-param>
              </xsl:call-template>
              <xsl:if test="number(translate(substring(next_review, 1, 10), '-', '')) &lt; $today-n">
                <xsl:text> </xsl:text>
                <xsl:call-template name="tag">
                  <xsl:with-param name="text">Overdue</xsl:with-param>
                  <xsl:with-param name="colour">red</xsl:with-param>
                </xsl:call-template>
              </xsl:if>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
      <ul class="link-list card-actions no-print">
        <xsl:if test="$can-write">
          <li><a href="{$org-href}/activities/{@id}">Edit<span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="name"/></span></a></li>
        </xsl:if>
        <li><a href="{$org-href}/activities/{@id}/history">History of changes<span class="visually-hidden"> to <xsl:value-of select="name"/></span></a></li>
      </ul>
    </div>
  </xsl:template>

  <!-- One recipient, as a card, with where it holds the data. -->
  <xsl:template match="recipient[@id]">
    <xsl:variable name="used" select="key('activities-by-recipient', @id)"/>
    <div class="card" id="recipient-{@id}">
      <div class="card-head">
        <h3 class="card-title"><xsl:value-of select="name"/></h3>
        <ul class="link-list card-actions no-print">
          <xsl:if test="$can-write">
            <li><a href="{$org-href}/recipients/{@id}">Edit<span class="visually-hidden"><xsl:text> </xsl:text><xsl:value-of select="name"/></span></a></li>
          </xsl:if>
          <li><a href="{$org-href}/recipients/{@id}/history">History of changes<span class="visually-hidden"> to <xsl:value-of select="name"/></span></a></li>
        </ul>
        <p class="card-tags">
          <xsl:call-template name="findings-tag">
            <xsl:with-param name="n" select="number(concat('0', @findings))"/>
            <xsl:with-param name="anchor" select="concat('findings-recipient-', @id)"/>
            <xsl:with-param name="about" select="string(name)"/>
          </xsl:call-template>
        </p>
      </div>
      <dl class="summary summary-compact">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Kind</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="kind-name">
              <xsl:with-param name="kind" select="string(@kind)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Service</xsl:with-param>
          <xsl:with-param name="value" select="string(service)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Contract reference</xsl:with-param>
          <xsl:with-param name="value" select="string(contract_ref)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Receives data from</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:if test="$used">
              <ul class="inline-list">
                <xsl:for-each select="$used">
                  <li><a href="#activity-{@id}"><xsl:value-of select="name"/></a></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
      <xsl:choose>
        <xsl:when test="location">
          <xsl:call-template name="locations-table">
            <xsl:with-param name="locations" select="location"/>
            <xsl:with-param name="caption" select="concat('Where ', name, ' holds the data')"/>
            <xsl:with-param name="caption-class">table-caption</xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p class="card-note">No location is recorded for <xsl:value-of select="name"/>.</p>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!--
    locations-table: countries, cloud regions, adequacy and mechanism.
      locations      the <location> elements
      caption        the table's caption
      caption-class  visually-hidden or table-caption
  -->
  <xsl:template name="locations-table">
    <xsl:param name="locations"/>
    <xsl:param name="caption"/>
    <xsl:param name="caption-class"/>
    <!-- Scrolls on a narrow screen: focusable and named (screen.css, .table-wrap). -->
    <div class="table-wrap" role="region" tabindex="0" aria-label="{$caption}">
      <table class="table table-locations">
        <caption class="{$caption-class}"><xsl:value-of select="$caption"/></caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Cloud region</th>
            <th scope="col">
              <xsl:text>Adequacy (</xsl:text>
              <xsl:call-template name="rule-set-name">
                <xsl:with-param name="code" select="string($org/@jurisdiction)"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </th>
            <th scope="col">Transfer mechanism</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$locations">
            <tr>
              <th scope="row">
                <xsl:choose>
                  <xsl:when test="normalize-space(country_name) != ''"><xsl:value-of select="country_name"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@country"/></xsl:otherwise>
                </xsl:choose>
              </th>
              <td>
                <xsl:choose>
                  <xsl:when test="normalize-space(@region) != ''"><code><xsl:value-of select="@region"/></code></xsl:when>
                  <xsl:otherwise><span class="muted">None given</span></xsl:otherwise>
                </xsl:choose>
              </td>
              <td><xsl:call-template name="standing"/></td>
              <td><xsl:call-template name="mechanism"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- standing: the context location's adequacy under the organisation's rule set. -->
  <xsl:template name="standing">
    <xsl:variable name="s">
      <xsl:choose>
        <xsl:when test="$is-eu"><xsl:value-of select="@eu_status"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="@uk_status"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$s = 'uk'">In the UK</xsl:when>
      <xsl:when test="$s = 'eea'">In the EEA</xsl:when>
      <xsl:when test="$s = 'adequate'">Adequate</xsl:when>
      <xsl:when test="$s = 'partial'">Partly adequate (some importers only)</xsl:when>
      <xsl:when test="$s = 'none'">Not adequate</xsl:when>
      <xsl:otherwise><xsl:call-template name="not-recorded"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    mechanism: the context location's transfer mechanism and whether it is
    still valid; where none is recorded, whether one is needed.
  -->
  <xsl:template name="mechanism">
    <xsl:variable name="home"
      select="($is-eu and @eu_status = 'eea') or (not($is-eu) and @uk_status = 'uk')"/>
    <xsl:variable name="adequate"
      select="($is-eu and @eu_status = 'adequate')
              or (not($is-eu) and (@uk_status = 'adequate' or @eu_status = 'eea'))"/>
    <xsl:choose>
      <xsl:when test="normalize-space(@mechanism) != '' and @mechanism != 'none'">
        <xsl:choose>
          <xsl:when test="normalize-space(mechanism_name) != ''"><xsl:value-of select="mechanism_name"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@mechanism"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="normalize-space(@valid_until) != ''">
          <xsl:text> </xsl:text>
          <xsl:choose>
            <xsl:when test="number(translate(@valid_until, '-', '')) &lt; $today-n">
              <xsl:variable name="since">
                <xsl:call-template name="next-day">
                  <xsl:with-param name="date" select="string(@valid_until)"/>
                </xsl:call-template>
              </xsl:variable>
              <xsl:call-template name="tag">
                <xsl:with-param name="colour">red</xsl:with-param>
                <xsl:with-param name="text">
                  <xsl:text>Invalid since </xsl:text>
                  <xsl:call-template name="format-date">
                    <xsl:with-param name="date" select="$since"/>
                    <xsl:with-param name="weekday">no</xsl:with-param>
                  </xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="tag">
                <xsl:with-param name="text">
                  <xsl:text>Valid until </xsl:text>
                  <xsl:call-template name="format-date">
                    <xsl:with-param name="date" select="string(@valid_until)"/>
                    <xsl:with-param name="weekday">no</xsl:with-param>
                  </xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$home"><span class="muted">None needed: no transfer</span></xsl:when>
      <xsl:when test="$adequate"><span class="muted">None needed: adequacy</span></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tag">
          <xsl:with-param name="text">None recorded</xsl:with-param>
          <xsl:with-param name="colour">red</xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    findings-tag: how many findings the checks have about an entity, as a
    tag; a link to them on the checks page when there are any.
      n       the number
      anchor  the fragment on the checks page
      about   the entity's name (for screen readers)
  -->
  <xsl:template name="findings-tag">
    <xsl:param name="n"/>
    <xsl:param name="anchor"/>
    <xsl:param name="about"/>
    <xsl:choose>
      <xsl:when test="$n &gt; 0">
        <a class="tag-link" href="{$checks-href}#{$anchor}">
          <strong class="tag tag-red">
            <xsl:call-template name="count-noun">
              <xsl:with-param name="n" select="$n"/>
              <xsl:with-param name="one">finding</xsl:with-param>
              <xsl:with-param name="many">findings</xsl:with-param>
            </xsl:call-template>
            <span class="visually-hidden"> about <xsl:value-of select="$about"/></span>
          </strong>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tag">
          <xsl:with-param name="text">No findings</xsl:with-param>
          <xsl:with-param name="colour">green</xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- kind-name: a recipient's kind in words. Param: kind. -->
  <xsl:template name="kind-name">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'processor'">Processor</xsl:when>
      <xsl:when test="$kind = 'sub-processor'">Sub-processor</xsl:when>
      <xsl:when test="$kind = 'independent-controller'">Independent controller</xsl:when>
      <xsl:when test="$kind = 'joint-controller'">Joint controller</xsl:when>
      <xsl:when test="$kind = 'public-authority'">Public authority</xsl:when>
      <xsl:when test="$kind = 'internal'">Internal (within the organisation)</xsl:when>
      <xsl:when test="$kind = 'category'">A category of recipients</xsl:when>
      <xsl:otherwise><xsl:value-of select="$kind"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- count-noun: "1 error", "3 errors". Params: n, one, many. -->
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

  <!--
    next-day: the ISO date after a YYYY-MM-DD date (a mechanism's last
    valid day gives the day it became invalid). Param: date.
  -->
  <xsl:template name="next-day">
    <xsl:param name="date"/>
    <xsl:variable name="y" select="number(substring($date, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($date, 6, 2))"/>
    <xsl:variable name="d" select="number(substring($date, 9, 2))"/>
    <xsl:variable name="leap"
      select="($y mod 4 = 0 and $y mod 100 != 0) or $y mod 400 = 0"/>
    <xsl:variable name="days">
      <xsl:choose>
        <xsl:when test="$m = 2 and $leap">29</xsl:when>
        <xsl:when test="$m = 2">28</xsl:when>
        <xsl:when test="$m = 4 or $m = 6 or $m = 9 or $m = 11">30</xsl:when>
        <xsl:otherwise>31</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="not($y = $y and $m = $m and $d = $d)">
        <xsl:value-of select="$date"/>
      </xsl:when>
      <xsl:when test="$d &lt; $days">
        <xsl:value-of select="concat(format-number($y, '0000'), '-', format-number($m, '00'), '-', format-number($d + 1, '00'))"/>
      </xsl:when>
      <xsl:when test="$m &lt; 12">
        <xsl:value-of select="concat(format-number($y, '0000'), '-', format-number($m + 1, '00'), '-01')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat(format-number($y + 1, '0000'), '-01-01')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
