<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv/ropa-processor.xsl: the processor record of processing (Art
  30(2)) as CSV, one row per activity carried out as a processor, in the
  four groups of Art 30(2) (ropa-columns.xsl): the controller, the
  processing, transfers, security.
  Document: <report name="ropa" record="processor"><register>...
  </register></report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="csv.xsl"/>
  <xsl:import href="../report-words.xsl"/>
  <xsl:import href="../ropa-columns.xsl"/>

  <xsl:output method="text" encoding="UTF-8" media-type="text/csv"/>

  <xsl:template match="/">
    <xsl:call-template name="csv-start"/>
    <xsl:call-template name="ropa-processor-headings"/>
    <xsl:for-each select="report/register/activities/activity[@role = 'processor']">
      <xsl:call-template name="ropa-processor-cells"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="ropa-heading">
    <xsl:param name="text"/>
    <xsl:param name="last"/>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$text"/>
      <xsl:with-param name="last" select="$last"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="ropa-cell">
    <xsl:param name="value"/>
    <xsl:param name="last"/>
    <xsl:call-template name="csv-cell">
      <xsl:with-param name="value" select="$value"/>
      <xsl:with-param name="last" select="$last"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
