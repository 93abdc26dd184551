<?xml version="1.0" encoding="UTF-8"?>
<!--
  ropa-columns.xsl: the columns of the record of processing, laid out as
  the ICO's documentation template (GDPR-RULES.md section 13): the 30
  columns of the controller record in the template's order, and the
  processor record (Art 30(2)) in its four groups. One definition for
  the printable page (staff/reports/ropa.xsl) and the CSV downloads
  (csv/ropa.xsl, csv/ropa-processor.xsl), so that they cannot disagree.

  A sheet that imports this one defines how a cell is written:
    <xsl:template name="ropa-cell">
      <xsl:param name="n"/>       the column's number (1-30, or 1-6)
      <xsl:param name="value"/>   its text: lines end in a line feed
      <xsl:param name="last"/>    true() for the record's last column
      <xsl:param name="is-head"/> true() for the column that names the
                                  row (the processor's activity)
    </xsl:template>
  and a heading: "ropa-heading" with n, text and last. Then, with an
  activity as the context, "ropa-cells" (from, to) writes the controller
  columns from .. to and "ropa-processor-cells" the processor's; with any
  context, "ropa-headings" and "ropa-processor-headings" write the
  headings. A column the register has nothing for is empty (breaches:
  the register does not record them yet).

  Needs report-words.xsl (the "rcp" key and the words), which the
  importing sheet imports too (once: two imports of one file would
  declare its key twice).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The headings of the controller record, as the template has them. -->
  <xsl:template name="ropa-heading-text">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 1">Business function</xsl:when>
      <xsl:when test="$n = 2">Purpose of processing</xsl:when>
      <xsl:when test="$n = 3">Name and contact details of joint controller (if applicable)</xsl:when>
      <xsl:when test="$n = 4">Categories of individuals</xsl:when>
      <xsl:when test="$n = 5">Categories of personal data</xsl:when>
      <xsl:when test="$n = 6">Categories of recipients</xsl:when>
      <xsl:when test="$n = 7">Link to contract with processor</xsl:when>
      <xsl:when test="$n = 8">Names of third countries or international organisations that personal data are transferred to (if applicable)</xsl:when>
      <xsl:when test="$n = 9">Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)</xsl:when>
      <xsl:when test="$n = 10">Retention schedule (if possible)</xsl:when>
      <xsl:when test="$n = 11">General description of technical and organisational security measures (if possible)</xsl:when>
      <xsl:when test="$n = 12">Article 6 lawful basis for processing personal data</xsl:when>
      <xsl:when test="$n = 13">Article 9 condition for processing special category data</xsl:when>
      <xsl:when test="$n = 14">Legitimate interests for the processing (if applicable)</xsl:when>
      <xsl:when test="$n = 15">Link to record of legitimate interests assessment (if applicable)</xsl:when>
      <xsl:when test="$n = 16">Rights available to individuals</xsl:when>
      <xsl:when test="$n = 17">Existence of automated decision-making, including profiling (if applicable)</xsl:when>
      <xsl:when test="$n = 18">The source of the personal data (if applicable)</xsl:when>
      <xsl:when test="$n = 19">Link to record of consent</xsl:when>
      <xsl:when test="$n = 20">Location of personal data</xsl:when>
      <xsl:when test="$n = 21">Data Protection Impact Assessment required?</xsl:when>
      <xsl:when test="$n = 22">Data Protection Impact Assessment progress</xsl:when>
      <xsl:when test="$n = 23">Link to Data Protection Impact Assessment</xsl:when>
      <xsl:when test="$n = 24">Has a personal data breach occurred?</xsl:when>
      <xsl:when test="$n = 25">Link to record of personal data breach</xsl:when>
      <xsl:when test="$n = 26">Data Protection Act 2018 Schedule 1 Condition for processing</xsl:when>
      <xsl:when test="$n = 27">GDPR Article 6 lawful basis for processing</xsl:when>
      <xsl:when test="$n = 28">Link to retention and erasure policy document</xsl:when>
      <xsl:when test="$n = 29">Is personal data retained and erased in accordance with the policy document?</xsl:when>
      <xsl:when test="$n = 30">Reasons for not adhering to policy document (if applicable)</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ropa-group-name: the template's group that column n is in. -->
  <xsl:template name="ropa-group-name">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n &lt;= 11">Article 30 Record of Processing Activities</xsl:when>
      <xsl:when test="$n &lt;= 18">Privacy Notices</xsl:when>
      <xsl:when test="$n = 19">Consent</xsl:when>
      <xsl:when test="$n = 20">Access Requests</xsl:when>
      <xsl:when test="$n &lt;= 23">Data Protection Impact Assessments</xsl:when>
      <xsl:when test="$n &lt;= 25">Personal Data Breaches</xsl:when>
      <xsl:otherwise>Data Protection Act 2018 - Special Category or Criminal Conviction and Offence data</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The default cell and heading: overridden by the importing sheet. -->
  <xsl:template name="ropa-cell">
    <xsl:param name="n"/>
    <xsl:param name="value"/>
    <xsl:param name="last"/>
    <xsl:value-of select="$value"/>
  </xsl:template>
  <xsl:template name="ropa-heading">
    <xsl:param name="n"/>
    <xsl:param name="text"/>
    <xsl:param name="last"/>
    <xsl:value-of select="$text"/>
  </xsl:template>

  <!-- ropa-headings: the headings of columns from .. to. -->
  <xsl:template name="ropa-headings">
    <xsl:param name="from" select="1"/>
    <xsl:param name="to" select="30"/>
    <xsl:if test="$from &lt;= $to">
      <xsl:call-template name="ropa-heading">
        <xsl:with-param name="n" select="$from"/>
        <xsl:with-param name="text">
          <xsl:call-template name="ropa-heading-text">
            <xsl:with-param name="n" select="$from"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="last" select="$from = $to"/>
      </xsl:call-template>
      <xsl:call-template name="ropa-headings">
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ropa-cells: the activity's columns from .. to. Context: activity. -->
  <xsl:template name="ropa-cells">
    <xsl:param name="from" select="1"/>
    <xsl:param name="to" select="30"/>
    <xsl:if test="$from &lt;= $to">
      <xsl:call-template name="ropa-cell">
        <xsl:with-param name="n" select="$from"/>
        <xsl:with-param name="value">
          <xsl:call-template name="ropa-value">
            <xsl:with-param name="n" select="$from"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="last" select="$from = $to"/>
      </xsl:call-template>
      <xsl:call-template name="ropa-cells">
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!--
    Where the activity's data goes abroad: the organisation's own
    locations outside the home area and those of its recipients. Params:
    what ('countries': "Country (holder)", 'safeguards': "Holder,
    Country: mechanism: how it stands"). Context: activity.
  -->
  <xsl:template name="ropa-transfers">
    <xsl:param name="what"/>
    <xsl:variable name="locs"
      select="../../organisation/location[@abroad = 1] | key('rcp', recipient/@ref)/location[@abroad = 1]"/>
    <xsl:for-each select="$locs">
      <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
      <xsl:choose>
        <xsl:when test="$what = 'countries'">
          <xsl:call-template name="place"/>
          <xsl:text> (</xsl:text>
          <xsl:call-template name="holder"/>
          <xsl:text>)</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="holder"/>
          <xsl:text>, </xsl:text>
          <xsl:call-template name="place"/>
          <xsl:text>: </xsl:text>
          <xsl:call-template name="mechanism"/>
          <xsl:text> (</xsl:text>
          <xsl:call-template name="safeguard-words">
            <xsl:with-param name="state" select="@safeguard"/>
          </xsl:call-template>
          <xsl:text>)</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- Does the activity hold special-category or criminal-offence data? -->
  <xsl:template name="ropa-is-special">
    <xsl:if test="data[@special = 1 or @criminal = 1] or has_criminal_data = '1' or art9_condition != ''">1</xsl:if>
  </xsl:template>

  <!-- ropa-value: the text of column n. Context: activity. -->
  <xsl:template name="ropa-value">
    <xsl:param name="n"/>
    <!-- Ten columns a branch: three tests rather than fifteen a cell. -->
    <xsl:choose>
      <xsl:when test="$n &lt;= 10">
        <xsl:choose>
          <xsl:when test="$n = 1"><xsl:value-of select="business_function"/></xsl:when>
          <xsl:when test="$n = 2"><xsl:value-of select="purposes"/></xsl:when>
          <xsl:when test="$n = 3"><xsl:value-of select="joint_controllers"/></xsl:when>
          <xsl:when test="$n = 4">
            <xsl:for-each select="subject">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="$n = 5">
            <xsl:for-each select="data">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:value-of select="."/>
              <xsl:if test="@special = 1"> (special category)</xsl:if>
              <xsl:if test="@criminal = 1"> (criminal offence data)</xsl:if>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="$n = 6">
            <xsl:for-each select="key('rcp', recipient/@ref)">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:value-of select="name"/>
              <xsl:text> (</xsl:text>
              <xsl:call-template name="kind-name">
                <xsl:with-param name="kind" select="@kind"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="$n = 7">
            <xsl:for-each select="key('rcp', recipient/@ref)[contract_ref != '']">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:value-of select="name"/>
              <xsl:text>: </xsl:text>
              <xsl:value-of select="contract_ref"/>
              <xsl:if test="contract_date != ''">
                <xsl:text> of </xsl:text>
                <xsl:value-of select="contract_date"/>
              </xsl:if>
            </xsl:for-each>
          </xsl:when>
          <xsl:when test="$n = 8">
            <xsl:call-template name="ropa-transfers">
              <xsl:with-param name="what">countries</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$n = 9">
            <xsl:call-template name="ropa-transfers">
              <xsl:with-param name="what">safeguards</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$n = 10"><xsl:value-of select="retention"/></xsl:when>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$n &lt;= 20">
        <xsl:choose>
          <xsl:when test="$n = 11"><xsl:value-of select="security_measures"/></xsl:when>
          <xsl:when test="$n = 12"><xsl:call-template name="basis"/></xsl:when>
          <xsl:when test="$n = 13">
            <xsl:if test="art9_name/@article != ''">
              <xsl:value-of select="art9_name/@article"/>
              <xsl:text> </xsl:text>
            </xsl:if>
            <xsl:value-of select="art9_name"/>
          </xsl:when>
          <xsl:when test="$n = 14">
            <xsl:if test="lawful_basis = 'f' or lawful_basis = 'ea'">
              <xsl:value-of select="lawful_basis_detail"/>
            </xsl:if>
          </xsl:when>
          <xsl:when test="$n = 15"><xsl:value-of select="lia_ref"/></xsl:when>
          <xsl:when test="$n = 16"><xsl:call-template name="rights"/></xsl:when>
          <xsl:when test="$n = 17">
            <xsl:choose>
              <xsl:when test="has_automated_decisions = '1'">
                <xsl:text>Yes</xsl:text>
                <xsl:if test="automated_decisions != ''">
                  <xsl:text>: </xsl:text>
                  <xsl:value-of select="automated_decisions"/>
                </xsl:if>
              </xsl:when>
              <xsl:when test="has_automated_decisions = '0'">No</xsl:when>
              <xsl:otherwise><xsl:value-of select="automated_decisions"/></xsl:otherwise>
            </xsl:choose>
          </xsl:when>
          <xsl:when test="$n = 18"><xsl:value-of select="source"/></xsl:when>
          <xsl:when test="$n = 19"><xsl:value-of select="consent_ref"/></xsl:when>
          <xsl:when test="$n = 20">
            <xsl:for-each select="../../organisation/location | key('rcp', recipient/@ref)/location">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:call-template name="place"/>
              <xsl:text> (</xsl:text>
              <xsl:call-template name="holder"/>
              <xsl:text>)</xsl:text>
            </xsl:for-each>
          </xsl:when>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="$n = 21">
            <xsl:choose>
              <xsl:when test="dpia_status = 'not-needed'">No</xsl:when>
              <xsl:when test="dpia_status != ''">Yes</xsl:when>
            </xsl:choose>
          </xsl:when>
          <xsl:when test="$n = 22">
            <xsl:choose>
              <xsl:when test="dpia_status = 'needed'">Not started</xsl:when>
              <xsl:when test="dpia_status = 'in-progress'">In progress</xsl:when>
              <xsl:when test="dpia_status = 'done'">Completed</xsl:when>
            </xsl:choose>
          </xsl:when>
          <xsl:when test="$n = 23"><xsl:value-of select="dpia_ref"/></xsl:when>
          <xsl:when test="$n = 26">
            <xsl:value-of select="art9_detail"/>
            <xsl:if test="criminal_detail != ''">
              <xsl:if test="art9_detail != ''"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:text>Criminal offence data: </xsl:text>
              <xsl:value-of select="criminal_detail"/>
            </xsl:if>
          </xsl:when>
          <xsl:when test="$n = 27">
            <xsl:variable name="special">
              <xsl:call-template name="ropa-is-special"/>
            </xsl:variable>
            <xsl:if test="$special = '1'">
              <xsl:call-template name="basis"/>
            </xsl:if>
          </xsl:when>
          <!-- 24, 25 (breaches), 28-30 (the retention policy): not held. -->
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The processor record (Art 30(2)): its columns and their groups. -->
  <xsl:template name="ropa-processor-heading-text">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 1">Name and contact details of the controller</xsl:when>
      <xsl:when test="$n = 2">Processing activity</xsl:when>
      <xsl:when test="$n = 3">Categories of processing carried out on behalf of the controller</xsl:when>
      <xsl:when test="$n = 4">Names of third countries or international organisations that personal data are transferred to (if applicable)</xsl:when>
      <xsl:when test="$n = 5">Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)</xsl:when>
      <xsl:when test="$n = 6">General description of technical and organisational security measures (if possible)</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The four groups of Art 30(2), (a) to (d). -->
  <xsl:template name="ropa-processor-group-name">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 1">Art 30(2)(a) The controller acted for</xsl:when>
      <xsl:when test="$n &lt;= 3">Art 30(2)(b) Categories of processing</xsl:when>
      <xsl:when test="$n &lt;= 5">Art 30(2)(c) Transfers</xsl:when>
      <xsl:otherwise>Art 30(2)(d) Security</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ropa-processor-headings">
    <xsl:param name="from" select="1"/>
    <xsl:param name="to" select="6"/>
    <xsl:if test="$from &lt;= $to">
      <xsl:call-template name="ropa-heading">
        <xsl:with-param name="n" select="$from"/>
        <xsl:with-param name="text">
          <xsl:call-template name="ropa-processor-heading-text">
            <xsl:with-param name="n" select="$from"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="last" select="$from = $to"/>
      </xsl:call-template>
      <xsl:call-template name="ropa-processor-headings">
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="ropa-processor-cells">
    <xsl:param name="from" select="1"/>
    <xsl:param name="to" select="6"/>
    <xsl:if test="$from &lt;= $to">
      <xsl:call-template name="ropa-cell">
        <xsl:with-param name="n" select="$from"/>
        <xsl:with-param name="value">
          <xsl:call-template name="ropa-processor-value">
            <xsl:with-param name="n" select="$from"/>
          </xsl:call-template>
        </xsl:with-param>
        <xsl:with-param name="last" select="$from = $to"/>
        <xsl:with-param name="is-head" select="$from = 2"/>
      </xsl:call-template>
      <xsl:call-template name="ropa-processor-cells">
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ropa-processor-value: the text of processor column n. Context: activity. -->
  <xsl:template name="ropa-processor-value">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 1">
        <xsl:value-of select="controller_name"/>
        <xsl:if test="controller_contact != ''">
          <xsl:if test="controller_name != ''"><xsl:text>&#10;</xsl:text></xsl:if>
          <xsl:value-of select="controller_contact"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$n = 2"><xsl:value-of select="name"/></xsl:when>
      <xsl:when test="$n = 3">
        <xsl:value-of select="purposes"/>
        <xsl:if test="description != '' and description != purposes">
          <xsl:if test="purposes != ''"><xsl:text>&#10;</xsl:text></xsl:if>
          <xsl:value-of select="description"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$n = 4">
        <xsl:call-template name="ropa-transfers">
          <xsl:with-param name="what">countries</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$n = 5">
        <xsl:call-template name="ropa-transfers">
          <xsl:with-param name="what">safeguards</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$n = 6"><xsl:value-of select="security_measures"/></xsl:when>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
