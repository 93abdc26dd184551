<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv/recipients.xsl: recipients and processors as CSV, one row per
  recipient (staff/reports/recipients.xsl), for one organisation or each
  the account may see. Lists within a cell are one item a line.
  Document: <report name="recipients"><register>...</register>...
  </report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="csv.xsl"/>
  <xsl:import href="../report-words.xsl"/>

  <xsl:output method="text" encoding="UTF-8" media-type="text/csv"/>

  <xsl:key name="data-by-rcp" match="activity/data" use="../recipient/@ref"/>
  <xsl:key name="data-cat" match="activity/data"
    use="concat(generate-id(ancestor::register), ':', @id)"/>

  <xsl:template match="/">
    <xsl:call-template name="csv-start"/>
    <xsl:text>"Organisation","Recipient","Kind","Service","Contact","Contract reference","Contract date","Certifications","Locations","Activities","Categories of personal data"&#13;&#10;</xsl:text>
    <xsl:for-each select="report/register">
      <xsl:variable name="reg" select="."/>
      <xsl:variable name="cats"
        select="activities/activity/data[generate-id() = generate-id(key('data-cat', concat(generate-id($reg), ':', @id))[1])]"/>
      <xsl:for-each select="recipients/recipient">
        <xsl:variable name="sent" select="key('data-by-rcp', @id)"/>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value" select="$reg/organisation/name"/>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value" select="name"/>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value">
            <xsl:call-template name="kind-name">
              <xsl:with-param name="kind" select="@kind"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value" select="service"/>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value" select="contact"/>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value" select="contract_ref"/>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value" select="contract_date"/>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value" select="certifications"/>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value">
            <xsl:for-each select="location">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:call-template name="place"/>
              <xsl:if test="@abroad = 1">
                <xsl:text>: </xsl:text>
                <xsl:call-template name="mechanism"/>
                <xsl:text> (</xsl:text>
                <xsl:call-template name="safeguard-words">
                  <xsl:with-param name="state" select="@safeguard"/>
                </xsl:call-template>
                <xsl:text>)</xsl:text>
              </xsl:if>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value">
            <xsl:for-each select="key('act-by-rcp', @id)">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:value-of select="name"/>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="csv-cell">
          <xsl:with-param name="value">
            <xsl:for-each select="$cats[@id = $sent/@id]">
              <xsl:if test="position() &gt; 1"><xsl:text>&#10;</xsl:text></xsl:if>
              <xsl:value-of select="."/>
            </xsl:for-each>
          </xsl:with-param>
          <xsl:with-param name="last" select="true()"/>
        </xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
