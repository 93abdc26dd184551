<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail/digest.xsl: the plain-text daily digest to an organisation's DPO
  of what falls due, stored in the outbox by gdprdeskctl tick. It goes
  by email, so it names tickets by reference only: no requester.
  Lines stay within 78 characters where they can, so that the message
  goes as it is rather than quoted-printable.
  Document: <digest day items [truncated]><organisation slug>Name
  </organisation>[<dashboard-link/>]<section name count>
  <ticket reference kind status [due days-left] [since days-waiting]/>
  ...</section>...</digest>; sections in the order overdue, due-today,
  due-soon, complaints, waiting, the empty ones absent.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>
  <xsl:output method="text" encoding="UTF-8" media-type="text/plain"/>

  <xsl:template match="/">
    <xsl:variable name="d" select="digest"/>
    <xsl:text>What falls due at </xsl:text>
    <xsl:value-of select="$d/organisation"/>
    <xsl:text>, </xsl:text>
    <xsl:call-template name="format-date">
      <xsl:with-param name="date" select="$d/@day"/>
    </xsl:call-template>
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates select="$d/section"/>
    <xsl:if test="$d/@truncated = '1'">
      <xsl:text>&#10;There are more than </xsl:text>
      <xsl:value-of select="$d/@items"/>
      <xsl:text> tickets to list: the dashboard shows them all.&#10;</xsl:text>
    </xsl:if>
    <xsl:text>&#10;References only: who asked and what for are in the dashboard.&#10;</xsl:text>
    <xsl:if test="string($d/dashboard-link) != ''">
      <xsl:value-of select="$d/dashboard-link"/>
      <xsl:text>&#10;</xsl:text>
    </xsl:if>
  </xsl:template>

  <xsl:template match="section">
    <xsl:text>&#10;</xsl:text>
    <xsl:choose>
      <xsl:when test="@name = 'overdue'">Overdue</xsl:when>
      <xsl:when test="@name = 'due-today'">Due today</xsl:when>
      <xsl:when test="@name = 'due-soon'">Due within 7 days</xsl:when>
      <xsl:when test="@name = 'complaints'">Complaints to acknowledge</xsl:when>
      <xsl:when test="@name = 'waiting'">Waiting for the requester</xsl:when>
      <xsl:otherwise><xsl:value-of select="@name"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text> (</xsl:text>
    <xsl:value-of select="count(ticket)"/>
    <xsl:text>)&#10;</xsl:text>
    <xsl:apply-templates select="ticket"/>
  </xsl:template>

  <xsl:template match="ticket">
    <xsl:text>  </xsl:text>
    <xsl:call-template name="pad">
      <xsl:with-param name="text" select="@reference"/>
      <xsl:with-param name="width" select="16"/>
    </xsl:call-template>
    <xsl:call-template name="pad">
      <xsl:with-param name="text">
        <xsl:choose>
          <xsl:when test="@kind = 'unsure'">not sure</xsl:when>
          <xsl:otherwise><xsl:value-of select="@kind"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="width" select="15"/>
    </xsl:call-template>
    <xsl:choose>
      <xsl:when test="../@name = 'waiting'">
        <xsl:text>waiting</xsl:text>
        <xsl:if test="@days-waiting">
          <xsl:text> </xsl:text>
          <xsl:call-template name="count">
            <xsl:with-param name="n" select="@days-waiting"/>
            <xsl:with-param name="unit" select="'day'"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:text> for </xsl:text>
        <xsl:choose>
          <xsl:when test="@status = 'awaiting-identity'">identity</xsl:when>
          <xsl:when test="@status = 'awaiting-fee'">the fee</xsl:when>
          <xsl:when test="@status = 'awaiting-clarification'">clarification</xsl:when>
          <xsl:otherwise><xsl:value-of select="translate(@status, '-', ' ')"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="not(@due)">no date set</xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="../@name = 'complaints'">acknowledge by </xsl:when>
          <xsl:otherwise>due </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="@due"/>
          <xsl:with-param name="weekday" select="'no'"/>
        </xsl:call-template>
        <xsl:text> (</xsl:text>
        <xsl:call-template name="days-left">
          <xsl:with-param name="n" select="number(@days-left)"/>
        </xsl:call-template>
        <xsl:text>)</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- text, then spaces up to width (at least one). -->
  <xsl:template name="pad">
    <xsl:param name="text"/>
    <xsl:param name="width"/>
    <xsl:value-of select="$text"/>
    <xsl:value-of select="substring('                                ', 1,
                          $width - string-length($text))"/>
    <xsl:if test="string-length($text) &gt;= $width">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- "1 day", "3 days". -->
  <xsl:template name="count">
    <xsl:param name="n"/>
    <xsl:param name="unit"/>
    <xsl:value-of select="$n"/>
    <xsl:text> </xsl:text>
    <xsl:value-of select="$unit"/>
    <xsl:if test="$n != 1">s</xsl:if>
  </xsl:template>

  <!-- The days to a due date, in words: "today", "in 3 days", "2 days late". -->
  <xsl:template name="days-left">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 0">today</xsl:when>
      <xsl:when test="$n = 1">tomorrow</xsl:when>
      <xsl:when test="$n &gt; 1">
        <xsl:text>in </xsl:text>
        <xsl:value-of select="$n"/>
        <xsl:text> days</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="count">
          <xsl:with-param name="n" select="-$n"/>
          <xsl:with-param name="unit" select="'day'"/>
        </xsl:call-template>
        <xsl:text> late</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
