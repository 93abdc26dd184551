<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv/transfers.xsl: international transfers as CSV, one row per
  location outside the home area (staff/reports/transfers.xsl says
  which), for one organisation or each the account may see.
  Document: <report name="transfers"><register>...</register>...
  </report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="csv.xsl"/>
  <xsl:import href="../report-words.xsl"/>

  <xsl:output method="text" encoding="UTF-8" media-type="text/csv"/>

  <xsl:template match="/">
    <xsl:call-template name="csv-start"/>
    <xsl:text>"Organisation","Held by","Kind","Country code","Country","Cloud region","Mechanism","Safeguard","Mechanism's last valid day","DPF certified","DPF certification verified","Activities that send data there"&#13;&#10;</xsl:text>
    <xsl:for-each select="report/register/organisation/location[@abroad = 1] | report/register/recipients/recipient/location[@abroad = 1]">
      <xsl:variable name="reg" select="ancestor::register"/>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="$reg/organisation/name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="../name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="parent::organisation">Its own processing</xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="kind-name">
                <xsl:with-param name="kind" select="../@kind"/>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="@country"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="country_name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="@region"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value">
          <xsl:call-template name="mechanism"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value">
          <xsl:call-template name="safeguard-words">
            <xsl:with-param name="state" select="@safeguard"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="@valid_until"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="../@dpf_certified = 1">Yes</xsl:when>
            <xsl:when test="../@dpf_certified = 0">No</xsl:when>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="../@dpf_verified"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="parent::organisation">All its activities</xsl:when>
            <xsl:otherwise>
              <xsl:for-each select="key('act-by-rcp', ../@id)">
                <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
                <xsl:value-of select="name"/>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
