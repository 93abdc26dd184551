<?xml version="1.0" encoding="UTF-8"?>
<!--
  error.xsl: the page for every error status (400 to 503).
  Document: <error status="404"><meta/><title/><message/></error>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="layout.xsl"/>

  <xsl:variable name="title">
    <xsl:choose>
      <xsl:when test="normalize-space(/error/title) != ''">
        <xsl:value-of select="/error/title"/>
      </xsl:when>
      <xsl:otherwise>Something went wrong</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">
        <xsl:value-of select="$title"/>
        <xsl:if test="error/@status != ''">
          <xsl:text> (</xsl:text>
          <xsl:value-of select="error/@status"/>
          <xsl:text>)</xsl:text>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="heading" select="string($title)"/>
      <xsl:with-param name="caption">
        <xsl:if test="error/@status != ''">Error <xsl:value-of select="error/@status"/></xsl:if>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:if test="normalize-space(error/message) != ''">
          <p class="lead"><xsl:value-of select="error/message"/></p>
        </xsl:if>
        <p>
          <xsl:choose>
            <xsl:when test="$is-staff">
              <a href="/staff/">Go to the dashboard</a>
            </xsl:when>
            <xsl:otherwise>
              <a href="/">Go to the home page</a>
            </xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
