<?xml version="1.0" encoding="UTF-8"?>
<!--
  request-words.xsl: the words and sums of the requests performance
  report, shared by its page (staff/reports/requests.xsl) and its CSV
  (csv/requests.xsl), so that both say the same thing. Only named
  templates, keys and variables: no output settings, no match templates.

  The document (fcgi/staff/report_requests.c, fcgi/model/reqstats.h):
    <report name="requests" scope><meta/>
      <period from to today/>          the days received, both included
      <organisation id slug jurisdiction><name/></organisation>...
      <requests>
        <month month n/>...            each month of the period: the
                                       scope's requests, complaints apart
        <month org month kind n/>...   an organisation's of a kind
        <figures class kind? org? received open closed answered on_time
          late undated extended refused refused_unfounded
          refused_excessive refused_exemption fulfilled partly_fulfilled
          no_data withdrawn identity_failed acknowledged_on_time
          acknowledged_late unacknowledged overdue/>...
                                       class request or complaint; no org:
                                       over the scope; no kind: over the
                                       class's kinds too
        <answer-days org? answered median p90/>...
                                       no org: over the scope
      </requests>
    </report>
  Every count but overdue is of the tickets received in the period;
  overdue counts those open, running and due before today, whenever
  received.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- An organisation's tickets of a kind in a month. -->
  <xsl:key name="month-kind" match="requests/month[@kind]" use="concat(@month, '|', @kind)"/>
  <xsl:key name="month-org" match="requests/month[@kind]" use="concat(@month, '|', @org)"/>

  <xsl:variable name="rq" select="/report/requests"/>
  <xsl:variable name="period" select="/report/period"/>
  <!-- Each month of the period, with the scope's count of requests. -->
  <xsl:variable name="months" select="$rq/month[not(@org) and not(@kind)]"/>
  <!-- The scope's requests, all kinds together; and by kind. -->
  <xsl:variable name="req-all" select="$rq/figures[@class = 'request' and not(@kind)]"/>
  <xsl:variable name="req-kinds" select="$rq/figures[@class = 'request' and @kind and not(@org)]"/>
  <xsl:variable name="cmp-all" select="$rq/figures[@class = 'complaint' and not(@kind)]"/>
  <xsl:variable name="days-all" select="$rq/answer-days[not(@org)]"/>

  <!-- request-kind-words: a ticket's kind. Param: kind. -->
  <xsl:template name="request-kind-words">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'access'">Access (Art 15)</xsl:when>
      <xsl:when test="$kind = 'rectification'">Rectification (Art 16)</xsl:when>
      <xsl:when test="$kind = 'erasure'">Erasure (Art 17)</xsl:when>
      <xsl:when test="$kind = 'restriction'">Restriction (Art 18)</xsl:when>
      <xsl:when test="$kind = 'portability'">Portability (Art 20)</xsl:when>
      <xsl:when test="$kind = 'objection'">Objection (Art 21)</xsl:when>
      <xsl:when test="$kind = 'unsure'">Kind not yet decided</xsl:when>
      <xsl:when test="$kind = 'complaint'">Complaint</xsl:when>
      <xsl:otherwise><xsl:value-of select="$kind"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ground-words: why a request was refused. Param: ground. -->
  <xsl:template name="ground-words">
    <xsl:param name="ground"/>
    <xsl:choose>
      <xsl:when test="$ground = 'unfounded'">Manifestly unfounded (Art 12(5))</xsl:when>
      <xsl:when test="$ground = 'excessive'">Manifestly excessive (Art 12(5))</xsl:when>
      <xsl:when test="$ground = 'exemption'">An exemption applies</xsl:when>
      <xsl:otherwise><xsl:value-of select="$ground"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    month-words: "June 2025" from "2025-06"; short 'yes' gives "Jun".
    Params: month, short.
  -->
  <xsl:template name="month-words">
    <xsl:param name="month"/>
    <xsl:param name="short"/>
    <xsl:variable name="m" select="number(substring($month, 6, 2))"/>
    <xsl:choose>
      <xsl:when test="$m &gt;= 1 and $m &lt;= 12 and $short = 'yes'">
        <xsl:value-of select="substring('JanFebMarAprMayJunJulAugSepOctNovDec', ($m - 1) * 3 + 1, 3)"/>
      </xsl:when>
      <xsl:when test="$m &gt;= 1 and $m &lt;= 12">
        <xsl:value-of select="normalize-space(substring('January  February March    April    May      June     July     August   SeptemberOctober  November December ', ($m - 1) * 9 + 1, 9))"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="substring($month, 1, 4)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$month"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    percent: n as a whole percentage of d ("71%"), or nothing when d is
    0. Params: n, d.
  -->
  <xsl:template name="percent">
    <xsl:param name="n"/>
    <xsl:param name="d"/>
    <xsl:if test="$d &gt; 0">
      <xsl:value-of select="round(100 * $n div $d)"/>
      <xsl:text>%</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- days: "28" from "28.0", "53.2" as it is. Param: value. -->
  <xsl:template name="days">
    <xsl:param name="value"/>
    <xsl:if test="string($value) != ''">
      <xsl:value-of select="format-number($value, '0.#')"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
