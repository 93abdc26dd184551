<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/history.xsl: every saved version of one processing activity,
  newest first, each with the fields it changed (before and after).

  Document:
    <activity-history><meta/>
      <organisation slug><name/></organisation>
      <activity id><name/></activity>
      <version n by? at="2026-11-23 12:00:01.123456">
        <change field="purposes"><from/>?<to/>?</change>*
      </version>*   (oldest first; the first is the creation)
    </activity-history>

  A version without "by" was made by the system (an import or
  gdprdeskctl). An absent from or to is an empty field. Values are the
  stored codes; they are shown in words where the code is known.

  recipient-history.xsl imports this sheet for its "version" template:
  it overrides entity-word, field-label and value-cell.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="org" select="/activity-history/organisation"/>
  <xsl:variable name="act" select="/activity-history/activity"/>
  <!-- What a version's history is of, in the version tables' captions. -->
  <xsl:variable name="entity-word">activity</xsl:variable>
  <xsl:variable name="act-href" select="concat('/staff/o/', $org/@slug, '/activities/', $act/@id)"/>
  <xsl:variable name="act-name">
    <xsl:choose>
      <xsl:when test="normalize-space($act/name) != ''">
        <xsl:value-of select="$act/name"/>
      </xsl:when>
      <xsl:otherwise>Untitled activity</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('History of ', $act-name, ' – ', $org/name)"/>
      <xsl:with-param name="heading" select="concat('History of ', $act-name)"/>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="back-href" select="$act-href"/>
      <xsl:with-param name="back-text">Back to the activity</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="activity-history"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="activity-history">
    <p>Every saved version of this activity, newest first, with the fields each one changed. Times are in UTC.</p>
    <p class="hint">The categories of data subjects and of personal data, and the recipients, are linked to the activity separately: changes to them are not listed here.</p>
    <xsl:choose>
      <xsl:when test="version">
        <xsl:for-each select="version">
          <xsl:sort select="position()" data-type="number" order="descending"/>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p>There is no history for this activity.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="version">
    <xsl:variable name="first" select="not(preceding-sibling::version)"/>
    <xsl:variable name="last" select="not(following-sibling::version)"/>
    <xsl:variable name="id" select="concat('version-', count(preceding-sibling::version) + 1)"/>
    <section class="section history-version" aria-labelledby="{$id}">
      <h2 id="{$id}" class="history-title">
        <xsl:text>Version </xsl:text>
        <xsl:value-of select="@n"/>
        <span class="history-when">
          <xsl:text>, </xsl:text>
          <xsl:call-template name="format-timestamp">
            <xsl:with-param name="at" select="string(@at)"/>
          </xsl:call-template>
          <xsl:text>, by </xsl:text>
          <xsl:choose>
            <xsl:when test="normalize-space(@by) != ''">
              <xsl:value-of select="@by"/>
            </xsl:when>
            <xsl:otherwise>the system (import or command line)</xsl:otherwise>
          </xsl:choose>
        </span>
      </h2>
      <xsl:if test="$first or $last">
        <p class="history-tags">
          <xsl:if test="$last">
            <xsl:call-template name="tag">
              <xsl:with-param name="text">Current version</xsl:with-param>
              <xsl:with-param name="colour">green</xsl:with-param>
            </xsl:call-template>
          </xsl:if>
          <xsl:if test="$first and $last"><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="$first">
            <xsl:call-template name="tag">
              <xsl:with-param name="text">Created</xsl:with-param>
              <xsl:with-param name="colour">blue</xsl:with-param>
            </xsl:call-template>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="not(change)">
          <p class="muted">No field changed in this version.</p>
        </xsl:when>
        <xsl:when test="$first">
          <!-- Scrolls on a narrow screen: focusable and named (screen.css, .table-wrap). -->
          <div class="table-wrap" role="region" tabindex="0" aria-label="Fields recorded when version {@n} created the {$entity-word}">
            <table class="table history-table">
              <caption class="visually-hidden">Fields recorded when version <xsl:value-of select="@n"/> created the <xsl:value-of select="$entity-word"/></caption>
              <thead>
                <tr>
                  <th scope="col" class="history-field">Field</th>
                  <th scope="col">Recorded</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="change">
                  <tr>
                    <th scope="row" class="history-field">
                      <xsl:call-template name="field-label">
                        <xsl:with-param name="field" select="string(@field)"/>
                      </xsl:call-template>
                    </th>
                    <td>
                      <xsl:call-template name="value-cell">
                        <xsl:with-param name="field" select="string(@field)"/>
                        <xsl:with-param name="v" select="to"/>
                      </xsl:call-template>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <div class="table-wrap" role="region" tabindex="0" aria-label="Fields changed in version {@n}">
            <table class="table history-table">
              <caption class="visually-hidden">Fields changed in version <xsl:value-of select="@n"/></caption>
              <thead>
                <tr>
                  <th scope="col" class="history-field">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="change">
                  <tr>
                    <th scope="row" class="history-field">
                      <xsl:call-template name="field-label">
                        <xsl:with-param name="field" select="string(@field)"/>
                      </xsl:call-template>
                    </th>
                    <td class="history-before">
                      <xsl:call-template name="value-cell">
                        <xsl:with-param name="field" select="string(@field)"/>
                        <xsl:with-param name="v" select="from"/>
                      </xsl:call-template>
                    </td>
                    <td>
                      <xsl:call-template name="value-cell">
                        <xsl:with-param name="field" select="string(@field)"/>
                        <xsl:with-param name="v" select="to"/>
                      </xsl:call-template>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!--
    format-timestamp: "23 November 2026 12:00 UTC" from
    "2026-11-23 12:00:01.123456" (or "2026-11-23T12:00:01Z"); anything
    else as it is.
  -->
  <xsl:template name="format-timestamp">
    <xsl:param name="at"/>
    <xsl:variable name="sep" select="substring($at, 11, 1)"/>
    <xsl:variable name="time" select="substring($at, 12, 5)"/>
    <xsl:choose>
      <xsl:when test="string-length($at) &gt;= 16 and ($sep = ' ' or $sep = 'T')
                      and substring($time, 3, 1) = ':'
                      and translate(concat(substring($time, 1, 2), substring($time, 4, 2)), '0123456789', '') = ''">
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="substring($at, 1, 10)"/>
          <xsl:with-param name="weekday">no</xsl:with-param>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <xsl:value-of select="$time"/>
        <xsl:text> UTC</xsl:text>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$at"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- value-cell: a value (an element, absent when empty) in words. -->
  <xsl:template name="value-cell">
    <xsl:param name="field"/>
    <xsl:param name="v"/>
    <xsl:variable name="s" select="string($v)"/>
    <xsl:choose>
      <xsl:when test="not($v) or $s = ''">
        <span class="muted">(empty)</span>
      </xsl:when>
      <xsl:when test="$field = 'role'">
        <xsl:choose>
          <xsl:when test="$s = 'controller'">Controller</xsl:when>
          <xsl:when test="$s = 'joint-controller'">Joint controller</xsl:when>
          <xsl:when test="$s = 'processor'">Processor</xsl:when>
          <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'lawful_basis'">
        <xsl:value-of select="concat('Art 6(1)(', $s, ')')"/>
      </xsl:when>
      <xsl:when test="$field = 'art9_condition'">
        <xsl:value-of select="concat('Art 9(2)(', $s, ')')"/>
      </xsl:when>
      <xsl:when test="$field = 'has_criminal_data' or $field = 'has_automated_decisions'
                      or $field = 'is_automated'">
        <xsl:choose>
          <xsl:when test="$s = '1'">Yes</xsl:when>
          <xsl:when test="$s = '0'">No</xsl:when>
          <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'dpia_status'">
        <xsl:choose>
          <xsl:when test="$s = 'not-needed'">Not needed</xsl:when>
          <xsl:when test="$s = 'needed'">Needed, not started</xsl:when>
          <xsl:when test="$s = 'in-progress'">In progress</xsl:when>
          <xsl:when test="$s = 'done'">Done</xsl:when>
          <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'status'">
        <xsl:choose>
          <xsl:when test="$s = 'draft'">Draft</xsl:when>
          <xsl:when test="$s = 'active'">Active</xsl:when>
          <xsl:when test="$s = 'retired'">Retired</xsl:when>
          <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'retention_months'">
        <xsl:value-of select="$s"/>
        <xsl:choose>
          <xsl:when test="$s = '1'"> month</xsl:when>
          <xsl:otherwise> months</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'retention_days'">
        <xsl:value-of select="$s"/>
        <xsl:choose>
          <xsl:when test="$s = '1'"> day</xsl:when>
          <xsl:otherwise> days</xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'last_reviewed' or $field = 'next_review'">
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="$s"/>
          <xsl:with-param name="weekday">no</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <span class="multiline"><xsl:value-of select="$s"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- field-label: a column of the record in words. -->
  <xsl:template name="field-label">
    <xsl:param name="field"/>
    <xsl:choose>
      <xsl:when test="$field = 'name'">Name</xsl:when>
      <xsl:when test="$field = 'description'">Description</xsl:when>
      <xsl:when test="$field = 'business_function'">Business function</xsl:when>
      <xsl:when test="$field = 'role'">Role of the organisation</xsl:when>
      <xsl:when test="$field = 'controller_name'">Controller acted for</xsl:when>
      <xsl:when test="$field = 'controller_contact'">Controller’s contact details</xsl:when>
      <xsl:when test="$field = 'joint_controllers'">Joint controllers</xsl:when>
      <xsl:when test="$field = 'purposes'">Purposes</xsl:when>
      <xsl:when test="$field = 'lawful_basis'">Lawful basis</xsl:when>
      <xsl:when test="$field = 'lawful_basis_detail'">Detail of the lawful basis</xsl:when>
      <xsl:when test="$field = 'lia_ref'">Legitimate interests assessment</xsl:when>
      <xsl:when test="$field = 'consent_ref'">Record of consent</xsl:when>
      <xsl:when test="$field = 'art9_condition'">Condition for special category data</xsl:when>
      <xsl:when test="$field = 'art9_detail'">Detail of the special category condition</xsl:when>
      <xsl:when test="$field = 'has_criminal_data'">Criminal offence data</xsl:when>
      <xsl:when test="$field = 'criminal_detail'">Authority for criminal offence data</xsl:when>
      <xsl:when test="$field = 'source'">Source of the data</xsl:when>
      <xsl:when test="$field = 'retention_months'">Retention in months</xsl:when>
      <xsl:when test="$field = 'retention_days'">Retention in days</xsl:when>
      <xsl:when test="$field = 'retention_event'">Retention period runs from</xsl:when>
      <xsl:when test="$field = 'retention_rule'">Retention rule</xsl:when>
      <xsl:when test="$field = 'security_measures'">Security measures</xsl:when>
      <xsl:when test="$field = 'dpia_status'">Data protection impact assessment</xsl:when>
      <xsl:when test="$field = 'dpia_ref'">DPIA reference</xsl:when>
      <xsl:when test="$field = 'automated_decisions'">Automated decisions</xsl:when>
      <xsl:when test="$field = 'has_automated_decisions'">Decisions based solely on automated processing</xsl:when>
      <xsl:when test="$field = 'is_automated'">Carried out by automated means</xsl:when>
      <xsl:when test="$field = 'status'">Status</xsl:when>
      <xsl:when test="$field = 'owner'">Owner</xsl:when>
      <xsl:when test="$field = 'last_reviewed'">Last reviewed</xsl:when>
      <xsl:when test="$field = 'next_review'">Next review due</xsl:when>
      <xsl:when test="$field = 'note'">Note</xsl:when>
      <xsl:otherwise><xsl:value-of select="$field"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
