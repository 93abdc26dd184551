<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/reports/report.xsl: what every printable report shares: the page
  around it, its header and footer on paper, the day the record is shown
  as at, the downloads and the date picker. Each report sheet imports
  this one and calls "report-page" with its title and body.

  Document: see report-words.xsl. /report/@scope is "organisation" (one
  <register>) or "all" (one per organisation the account may see);
  /report/asat, when present, is the past day the record is shown as it
  stood at the end of.

  On paper (static/print.css, "Reports"): A4 landscape, the site's
  header, navigation and footer left out; the organisation and the
  report's name at the top of every page and the "as at" line at the
  bottom (fixed elements, which Chromium repeats on each page), the page
  number in the bottom margin (an @page margin box).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../../layout.xsl"/>
  <xsl:import href="../../report-words.xsl"/>

  <xsl:variable name="report" select="/report"/>
  <xsl:variable name="registers" select="/report/register"/>
  <xsl:variable name="is-all" select="/report/@scope = 'all'"/>
  <xsl:variable name="org" select="$registers[1]/organisation"/>
  <xsl:variable name="asat" select="string(/report/asat)"/>
  <!-- The reports' index, and this report's own address. -->
  <xsl:variable name="reports-href">
    <xsl:choose>
      <xsl:when test="$is-all">/staff/reports</xsl:when>
      <xsl:otherwise>/staff/o/<xsl:value-of select="$org/@slug"/>/reports</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="self-href" select="concat($reports-href, '/', /report/@name)"/>
  <!-- "&asat=DAY" for links that keep the day, or nothing. -->
  <xsl:variable name="asat-q">
    <xsl:if test="$asat != ''">&amp;asat=<xsl:value-of select="$asat"/></xsl:if>
  </xsl:variable>
  <!-- Whose record: the organisation's name, or all of them. -->
  <xsl:variable name="whose">
    <xsl:choose>
      <xsl:when test="$is-all">All your organisations</xsl:when>
      <xsl:otherwise><xsl:value-of select="$org/name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!--
    as-at: the moment the report shows, in words: the end of the asat
    day, or now (the document's time, UTC).
  -->
  <xsl:template name="as-at">
    <xsl:choose>
      <xsl:when test="$asat != ''">
        <xsl:text>as it stood at the end of </xsl:text>
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="$asat"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="now" select="string(/report/meta/now)"/>
        <xsl:text>as at </xsl:text>
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="$now"/>
        </xsl:call-template>
        <xsl:if test="string-length($now) &gt;= 16">
          <xsl:text>, </xsl:text>
          <xsl:value-of select="substring($now, 12, 5)"/>
          <xsl:text> UTC</xsl:text>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    report-page: the whole page of a report.
      title       the report's name ("Record of processing activities")
      intro       what the report shows, a sentence or two (fragment)
      downloads   more <li> links for the download list (fragment)
      body        the report itself
  -->
  <xsl:template name="report-page">
    <xsl:param name="title"/>
    <xsl:param name="intro"/>
    <xsl:param name="downloads"/>
    <xsl:param name="body"/>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat($title, ': ', $whose)"/>
      <xsl:with-param name="heading" select="$title"/>
      <xsl:with-param name="caption" select="$whose"/>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="$reports-href"/>
      <xsl:with-param name="back-text">All reports</xsl:with-param>
      <xsl:with-param name="body">
        <div class="report report-{/report/@name}">
          <div class="report-print-head print-only">
            <xsl:value-of select="$whose"/>
            <xsl:text>: </xsl:text>
            <xsl:value-of select="$title"/>
          </div>
          <div class="report-print-foot print-only">
            <xsl:value-of select="$title"/>
            <xsl:text>, </xsl:text>
            <xsl:call-template name="as-at"/>
            <xsl:text>. From gdprdesk.</xsl:text>
          </div>
          <p class="report-asat">
            <xsl:text>The record </xsl:text>
            <xsl:call-template name="as-at"/>
            <xsl:text>.</xsl:text>
          </p>
          <xsl:if test="$asat != ''">
            <div class="notice no-print">
              <p>
                <xsl:text>This report shows the record as it stood at the end of that day, from its history. </xsl:text>
                <a href="{$self-href}">See it as it is today</a>
              </p>
            </div>
          </xsl:if>
          <xsl:copy-of select="$intro"/>
          <ul class="link-list no-print" aria-label="Downloads">
            <li><a href="{$self-href}?format=csv{$asat-q}">Download as CSV</a></li>
            <xsl:copy-of select="$downloads"/>
            <li><a href="{$self-href}?format=xml{$asat-q}">Download as XML</a></li>
          </ul>
          <xsl:copy-of select="$body"/>
          <xsl:call-template name="asat-form"/>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The date picker: the report as the record stood on a past day. -->
  <xsl:template name="asat-form">
    <section class="section no-print" aria-labelledby="asat-title">
      <h2 id="asat-title">The report on an earlier date</h2>
      <form method="get" action="{$self-href}" class="form-narrow">
        <xsl:call-template name="input">
          <xsl:with-param name="name">asat</xsl:with-param>
          <xsl:with-param name="label">Date</xsl:with-param>
          <xsl:with-param name="type">date</xsl:with-param>
          <xsl:with-param name="hint">The record as it stood at the end of that day, for example 2026-01-31.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
          <xsl:with-param name="value" select="$asat"/>
        </xsl:call-template>
        <button type="submit" class="button button-secondary">Show the report on this date</button>
      </form>
    </section>
  </xsl:template>

  <!-- org-heading: in a report of all organisations, a heading per organisation. -->
  <xsl:template name="org-heading">
    <xsl:param name="register"/>
    <xsl:param name="id"/>
    <xsl:if test="$is-all">
      <h2 id="{$id}" class="report-org">
        <xsl:value-of select="$register/organisation/name"/>
      </h2>
    </xsl:if>
  </xsl:template>

  <!-- safeguard-tag: how a transfer stands, as a coloured tag. Param: state. -->
  <xsl:template name="safeguard-tag">
    <xsl:param name="state"/>
    <xsl:variable name="class">
      <xsl:call-template name="safeguard-class">
        <xsl:with-param name="state" select="$state"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="tag">
      <xsl:with-param name="text">
        <xsl:call-template name="safeguard-words">
          <xsl:with-param name="state" select="$state"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="colour">
        <xsl:choose>
          <xsl:when test="$class = 'ok'">green</xsl:when>
          <xsl:when test="$class = 'check'">yellow</xsl:when>
          <xsl:otherwise>red</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- count-noun: "1 activity", "3 activities". Params: n, one, many. -->
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

</xsl:stylesheet>
