<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/reports/index.xsl: the list of reports: of one organisation
  (scope "organisation"), or those that cover every organisation the
  account may see, with a link to each organisation's own (scope "all").
  Each report is a page that prints, a CSV and an XML download. A new
  report is one more "report" call below (and, for all organisations,
  one in the second list).
  Document: <reports scope><meta/><organisation id slug jurisdiction>
  <name/></organisation>...</reports>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../../layout.xsl"/>

  <xsl:variable name="is-all" select="/reports/@scope = 'all'"/>
  <xsl:variable name="org" select="/reports/organisation[1]"/>
  <xsl:variable name="base">
    <xsl:choose>
      <xsl:when test="$is-all">/staff/reports</xsl:when>
      <xsl:otherwise>/staff/o/<xsl:value-of select="$org/@slug"/>/reports</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">
        <xsl:text>Reports: </xsl:text>
        <xsl:choose>
          <xsl:when test="$is-all">all your organisations</xsl:when>
          <xsl:otherwise><xsl:value-of select="$org/name"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="heading">Reports</xsl:with-param>
      <xsl:with-param name="caption">
        <xsl:choose>
          <xsl:when test="$is-all">All your organisations</xsl:when>
          <xsl:otherwise><xsl:value-of select="$org/name"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href">
        <xsl:choose>
          <xsl:when test="$is-all">/staff/</xsl:when>
          <xsl:otherwise>/staff/o/<xsl:value-of select="$org/@slug"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="back-text">
        <xsl:choose>
          <xsl:when test="$is-all">Back to the dashboard</xsl:when>
          <xsl:otherwise>Back to <xsl:value-of select="$org/name"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="body">
        <p>Each report is a page that prints on A4 landscape (use the browser's print, or save it as a PDF), and a download: CSV for a spreadsheet, XML for a program. Each report of the record can show it as it stood on an earlier date; the requests performance report covers a period of your choice.</p>
        <xsl:choose>
          <xsl:when test="$is-all">
            <xsl:call-template name="all"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="one"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The reports of one organisation. -->
  <xsl:template name="one">
    <dl class="report-list">
      <xsl:call-template name="report">
        <xsl:with-param name="name">ropa</xsl:with-param>
        <xsl:with-param name="title">Record of processing activities</xsl:with-param>
        <xsl:with-param name="about">The Article 30 record as the ICO's template lays it out: the organisation's details, its activities as a controller in the template's 30 columns, and as a processor.</xsl:with-param>
        <xsl:with-param name="more">
          <li><a href="{$base}/ropa?format=csv&amp;record=processor">Processor record as CSV<span class="visually-hidden"> (record of processing)</span></a></li>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="report">
        <xsl:with-param name="name">transfers</xsl:with-param>
        <xsl:with-param name="title">International transfers</xsl:with-param>
        <xsl:with-param name="about">Every place outside the UK and the EEA where data is held, the safeguard it rests on and whether that is valid, and the activities that send data there.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="report">
        <xsl:with-param name="name">recipients</xsl:with-param>
        <xsl:with-param name="title">Recipients and processors</xsl:with-param>
        <xsl:with-param name="about">Each recipient with its contract, where it holds the data, and the activities and categories of data it receives.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="report">
        <xsl:with-param name="name">checks</xsl:with-param>
        <xsl:with-param name="title">Checks</xsl:with-param>
        <xsl:with-param name="about">Every finding of the checks, grouped by severity and by article.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="report">
        <xsl:with-param name="name">dataflow</xsl:with-param>
        <xsl:with-param name="title">Data-flow map</xsl:with-param>
        <xsl:with-param name="about">A picture of the data: the people it is about, the activities, who holds it and in which countries, each transfer marked by whether its safeguard is valid; with the same in a table.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="report">
        <xsl:with-param name="name">requests</xsl:with-param>
        <xsl:with-param name="title">Requests performance</xsl:with-param>
        <xsl:with-param name="about">For a period (by default the twelve months to today): the requests received by kind and month, the share answered on time, the median and 90th-percentile days to answer, extensions, refusals and their grounds, what is overdue now, and complaints apart; with charts.</xsl:with-param>
      </xsl:call-template>
    </dl>
    <p class="no-print">
      <a href="/staff/reports">Reports across all your organisations</a>
    </p>
  </xsl:template>

  <!-- The reports across organisations, and each organisation's list. -->
  <xsl:template name="all">
    <h2>Across all your organisations</h2>
    <dl class="report-list">
      <xsl:call-template name="report">
        <xsl:with-param name="name">checks</xsl:with-param>
        <xsl:with-param name="title">Checks</xsl:with-param>
        <xsl:with-param name="about">Every finding in every organisation, grouped by severity and by article: what to do, by law rather than by client.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="report">
        <xsl:with-param name="name">transfers</xsl:with-param>
        <xsl:with-param name="title">International transfers</xsl:with-param>
        <xsl:with-param name="about">Every transfer outside the UK and the EEA, organisation by organisation, with its safeguard.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="report">
        <xsl:with-param name="name">recipients</xsl:with-param>
        <xsl:with-param name="title">Recipients and processors</xsl:with-param>
        <xsl:with-param name="about">Every organisation's recipients, their contracts and locations.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="report">
        <xsl:with-param name="name">requests</xsl:with-param>
        <xsl:with-param name="title">Requests performance</xsl:with-param>
        <xsl:with-param name="about">The requests of every organisation together over a period: received, answered on time, days to answer, refusals, overdue now and complaints; with a line for each organisation.</xsl:with-param>
      </xsl:call-template>
    </dl>
    <h2>Each organisation</h2>
    <xsl:choose>
      <xsl:when test="/reports/organisation">
        <ul class="link-list">
          <xsl:for-each select="/reports/organisation">
            <li><a href="/staff/o/{@slug}/reports">Reports of <xsl:value-of select="name"/></a></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p>You have not been given any organisations yet.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    report: one entry of the list: its page, what it shows, its downloads.
      name    the report's address (/staff/.../reports/NAME)
      title, about
      more    more <li> downloads (fragment)
  -->
  <xsl:template name="report">
    <xsl:param name="name"/>
    <xsl:param name="title"/>
    <xsl:param name="about"/>
    <xsl:param name="more"/>
    <dt><a href="{$base}/{$name}"><xsl:value-of select="$title"/></a></dt>
    <dd>
      <xsl:value-of select="$about"/>
      <ul class="link-list link-list-compact">
        <li><a href="{$base}/{$name}?format=csv">CSV<span class="visually-hidden"> (<xsl:value-of select="$title"/>)</span></a></li>
        <xsl:copy-of select="$more"/>
        <li><a href="{$base}/{$name}?format=xml">XML<span class="visually-hidden"> (<xsl:value-of select="$title"/>)</span></a></li>
      </ul>
    </dd>
  </xsl:template>

</xsl:stylesheet>
