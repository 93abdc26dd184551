<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv/ropa.xsl: the controller record of processing as CSV, one row per
  controller or joint-controller activity under the ICO template's 30
  column headings in its order (ropa-columns.xsl). The controller's
  details and the processor record are not columns of it: the page and
  the XML carry the first, ?record=processor (csv/ropa-processor.xsl)
  the second.
  Document: <report name="ropa"><register>...</register></report>
  (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="csv.xsl"/>
  <xsl:import href="../report-words.xsl"/>
  <xsl:import href="../ropa-columns.xsl"/>

  <xsl:output method="text" encoding="UTF-8" media-type="text/csv"/>

  <xsl:template match="/">
    <xsl:call-template name="csv-start"/>
    <xsl:call-template name="ropa-headings"/>
    <xsl:for-each select="report/register/activities/activity[@role != 'processor']">
      <xsl:call-template name="ropa-cells"/>
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
