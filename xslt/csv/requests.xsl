<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv/requests.xsl: the requests performance report as CSV (staff/
  reports/requests.xsl): one row for each organisation and kind of
  ticket received in the period (then its requests together, with their
  days to answer, and its complaints), and, across organisations, the
  same for all of them together. Each row has the period, the counts,
  and the count received in each month of the period (a column each).
  Timing columns are empty where they do not apply: a complaint is timed
  by its acknowledgement, a request by its answer.
  Document: request-words.xsl.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="csv.xsl"/>
  <xsl:import href="../request-words.xsl"/>

  <xsl:output method="text" encoding="UTF-8" media-type="text/csv"/>

  <xsl:template match="/">
    <xsl:call-template name="csv-start"/>
    <xsl:text>"Organisation","Kind","From","To","Received","Answered","On time","Late","Answered without a due date","Share on time","Median days to answer","90th percentile days to answer","Extended","Refused","Refused: manifestly unfounded","Refused: manifestly excessive","Refused: exemption","Fulfilled","Partly fulfilled","No data held","Withdrawn","Identity not confirmed","Still open","Overdue now","Acknowledged on time","Acknowledged late","Not yet acknowledged"</xsl:text>
    <xsl:for-each select="$months">
      <xsl:text>,"</xsl:text>
      <xsl:value-of select="@month"/>
      <xsl:text>"</xsl:text>
    </xsl:for-each>
    <xsl:text>&#13;&#10;</xsl:text>
    <xsl:for-each select="/report/organisation">
      <xsl:variable name="id" select="@id"/>
      <xsl:variable name="who" select="string(name)"/>
      <xsl:variable name="f" select="$rq/figures[@org = $id]"/>
      <xsl:for-each select="$f[@class = 'request']">
        <xsl:call-template name="row">
          <xsl:with-param name="who" select="$who"/>
          <xsl:with-param name="org" select="$id"/>
          <xsl:with-param name="f" select="."/>
          <xsl:with-param name="kind" select="string(@kind)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="row">
        <xsl:with-param name="who" select="$who"/>
        <xsl:with-param name="org" select="$id"/>
        <xsl:with-param name="f" select="$f[@class = 'request']"/>
        <xsl:with-param name="days" select="$rq/answer-days[@org = $id]"/>
      </xsl:call-template>
      <xsl:for-each select="$f[@class = 'complaint']">
        <xsl:call-template name="row">
          <xsl:with-param name="who" select="$who"/>
          <xsl:with-param name="org" select="$id"/>
          <xsl:with-param name="f" select="."/>
          <xsl:with-param name="kind">complaint</xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
    <xsl:if test="/report/@scope = 'all'">
      <xsl:for-each select="$req-kinds">
        <xsl:call-template name="row">
          <xsl:with-param name="who">All organisations</xsl:with-param>
          <xsl:with-param name="f" select="."/>
          <xsl:with-param name="kind" select="string(@kind)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:call-template name="row">
        <xsl:with-param name="who">All organisations</xsl:with-param>
        <xsl:with-param name="f" select="$req-all"/>
        <xsl:with-param name="days" select="$days-all"/>
      </xsl:call-template>
      <xsl:if test="$cmp-all">
        <xsl:call-template name="row">
          <xsl:with-param name="who">All organisations</xsl:with-param>
          <xsl:with-param name="f" select="$cmp-all"/>
          <xsl:with-param name="kind">complaint</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!--
    row: one record.
      who     the organisation's name (or "All organisations")
      org     its id; empty: the whole scope
      f       its figures: one kind's row, or several to sum
      kind    the kind of f, complaint included; empty: all requests
              (then days: their days to answer)
  -->
  <xsl:template name="row">
    <xsl:param name="who"/>
    <xsl:param name="org"/>
    <xsl:param name="f"/>
    <xsl:param name="days" select="/.."/>
    <xsl:param name="kind"/>
    <xsl:variable name="is-cmp" select="$kind = 'complaint'"/>
    <xsl:variable name="timed" select="sum($f/@on_time) + sum($f/@late)"/>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$who"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value">
        <xsl:choose>
          <xsl:when test="$is-cmp">Complaint</xsl:when>
          <xsl:when test="$kind != ''">
            <xsl:call-template name="request-kind-words">
              <xsl:with-param name="kind" select="$kind"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:otherwise>All requests</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$period/@from"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$period/@to"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="sum($f/@received)"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="sum($f/@answered)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@on_time)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@late)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@undated)"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value">
        <xsl:if test="not($is-cmp)">
          <xsl:call-template name="percent">
            <xsl:with-param name="n" select="sum($f/@on_time)"/>
            <xsl:with-param name="d" select="$timed"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value">
        <xsl:call-template name="days">
          <xsl:with-param name="value" select="$days/@median"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value">
        <xsl:call-template name="days">
          <xsl:with-param name="value" select="$days/@p90"/>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@extended)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@refused)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@refused_unfounded)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@refused_excessive)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@refused_exemption)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@fulfilled)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@partly_fulfilled)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@no_data)"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="sum($f/@withdrawn)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="$is-cmp"/>
      <xsl:with-param name="value" select="sum($f/@identity_failed)"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="sum($f/@open)"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="sum($f/@overdue)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="not($is-cmp)"/>
      <xsl:with-param name="value" select="sum($f/@acknowledged_on_time)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="not($is-cmp)"/>
      <xsl:with-param name="value" select="sum($f/@acknowledged_late)"/>
    </xsl:call-template>
    <xsl:call-template name="timed-cell">
      <xsl:with-param name="skip" select="not($is-cmp)"/>
      <xsl:with-param name="value" select="sum($f/@unacknowledged)"/>
      <xsl:with-param name="last" select="count($months) = 0"/>
    </xsl:call-template>
    <!-- Received in each month of the period. -->
    <xsl:for-each select="$months">
      <xsl:variable name="m" select="@month"/>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="$org != '' and $kind != ''">
              <xsl:value-of select="sum(key('month-org', concat($m, '|', $org))[@kind = $kind]/@n)"/>
            </xsl:when>
            <xsl:when test="$org != ''">
              <xsl:value-of select="sum(key('month-org', concat($m, '|', $org))[@kind != 'complaint']/@n)"/>
            </xsl:when>
            <xsl:when test="$kind != ''">
              <xsl:value-of select="sum(key('month-kind', concat($m, '|', $kind))/@n)"/>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="@n"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="last" select="position() = last()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- A count where it applies, else an empty cell. Params: skip, value, last. -->
  <xsl:template name="timed-cell">
    <xsl:param name="skip"/>
    <xsl:param name="value"/>
    <xsl:param name="last" select="false()"/>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value">
        <xsl:if test="not($skip)"><xsl:value-of select="$value"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="last" select="$last"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
