<?xml version="1.0" encoding="UTF-8"?>
<!--
  csv/checks.xsl: every finding of the checks as CSV, one row each, in
  the order the checks give them (by code), for one organisation or
  each the account may see.
  Document: <report name="checks"><register><organisation/><findings>
  <finding/>...</findings></register>...</report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="csv.xsl"/>
  <xsl:import href="../report-words.xsl"/>

  <xsl:output method="text" encoding="UTF-8" media-type="text/csv"/>

  <xsl:template match="/">
    <xsl:call-template name="csv-start"/>
    <xsl:text>"Organisation","Check","Severity","Article","About","Name","What is wrong","How to put it right"&#13;&#10;</xsl:text>
    <xsl:for-each select="report/register/findings/finding">
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="ancestor::register/organisation/name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="@code"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value">
          <xsl:call-template name="severity-words">
            <xsl:with-param name="severity" select="@severity"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="@article"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="@entity = 'organisation'">Organisation</xsl:when>
            <xsl:when test="@entity = 'activity'">Activity</xsl:when>
            <xsl:otherwise>Recipient</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="entity_name"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="message"/>
      </xsl:call-template>
      <xsl:call-template name="csv-cell">
        <xsl:with-param name="value" select="fix"/>
        <xsl:with-param name="last" select="true()"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
