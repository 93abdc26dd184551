<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv/dataflow.xsl: the data-flow map's flows as CSV (staff/reports/
  dataflow.xsl): one row for each activity, each holder of its data (the
  organisation itself where it has a location recorded, then each
  recipient) and each place that holder keeps it, with the data
  subjects' categories one a line in their own cell. A holder with no
  place recorded has one row with the place empty.
  Document: <report name="dataflow"><register>...</register></report>
  (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="csv.xsl"/>
  <xsl:import href="../report-words.xsl"/>

  <xsl:output method="text" encoding="UTF-8" media-type="text/csv"/>

  <xsl:template match="/">
    <xsl:call-template name="csv-start"/>
    <xsl:text>"Data subjects","Activity","Held by","Kind","Country","Cloud region","Outside the home area","Mechanism","Safeguard"&#13;&#10;</xsl:text>
    <xsl:for-each select="report/register/activities/activity">
      <xsl:variable name="subjects">
        <xsl:for-each select="subject">
          <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="act" select="name"/>
      <xsl:for-each select="../../organisation[location] | key('rcp', recipient/@ref)">
        <xsl:variable name="kind">
          <xsl:choose>
            <xsl:when test="self::organisation">Its own processing</xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="kind-name">
                <xsl:with-param name="kind" select="@kind"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:choose>
          <xsl:when test="location">
            <xsl:for-each select="location">
              <xsl:call-template name="row">
                <xsl:with-param name="subjects" select="$subjects"/>
                <xsl:with-param name="act" select="$act"/>
                <xsl:with-param name="kind" select="$kind"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="row">
              <xsl:with-param name="subjects" select="$subjects"/>
              <xsl:with-param name="act" select="$act"/>
              <xsl:with-param name="kind" select="$kind"/>
              <xsl:with-param name="holder" select="name"/>
            </xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- One row; the context is a location, or its holder when it has none. -->
  <xsl:template name="row">
    <xsl:param name="subjects"/>
    <xsl:param name="act"/>
    <xsl:param name="kind"/>
    <xsl:param name="holder" select="../name"/>
    <xsl:variable name="is-loc" select="boolean(self::location)"/>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$subjects"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$act"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$holder"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$kind"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="country_name"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="@region"/>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value">
        <xsl:if test="$is-loc">
          <xsl:choose>
            <xsl:when test="@abroad = 1">Yes</xsl:when>
            <xsl:otherwise>No</xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value">
        <xsl:if test="$is-loc and @abroad = 1">
          <xsl:call-template name="mechanism"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value">
        <xsl:if test="$is-loc">
          <xsl:call-template name="safeguard-words">
            <xsl:with-param name="state" select="@safeguard"/>
          </xsl:call-template>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
