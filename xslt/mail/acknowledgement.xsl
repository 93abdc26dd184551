<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail/acknowledgement.xsl: the plain-text message that acknowledges a
  new request, stored in the outbox.
  Document: <acknowledgement reference kind due><status-link/>
  <verify-link/><organisation slug>Name</organisation></acknowledgement>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>
  <xsl:output method="text" encoding="UTF-8" media-type="text/plain"/>

  <xsl:template match="/">
    <xsl:variable name="a" select="acknowledgement"/>
    <xsl:text>Thank you. </xsl:text>
    <xsl:value-of select="$a/organisation"/>
    <xsl:text> has received your </xsl:text>
    <xsl:choose>
      <xsl:when test="$a/@kind = 'complaint'">complaint</xsl:when>
      <xsl:otherwise>request</xsl:otherwise>
    </xsl:choose>
    <xsl:text>.&#10;&#10;Your reference: </xsl:text>
    <xsl:value-of select="$a/@reference"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:choose>
      <xsl:when test="string($a/@due) = ''">It will tell you the date by which it must answer.</xsl:when>
      <xsl:when test="$a/@kind = 'complaint'">It must acknowledge your complaint by: </xsl:when>
      <xsl:otherwise>It must answer by: </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="string($a/@due) != ''">
      <xsl:call-template name="format-date">
        <xsl:with-param name="date" select="$a/@due"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:text>&#10;&#10;Please confirm that this email address is yours:&#10;</xsl:text>
    <xsl:value-of select="$a/verify-link"/>
    <xsl:text>&#10;&#10;Follow your request at this private address (keep it to yourself):&#10;</xsl:text>
    <xsl:value-of select="$a/status-link"/>
    <xsl:text>&#10;&#10;If you did not make this request, ignore this message.&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
