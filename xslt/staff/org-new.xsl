<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/org-new.xsl: an administrator creates an organisation: its name,
  its address in gdprdesk (the slug), its request reference prefix, rule
  set, holiday calendar and time zone. Everything else is set afterwards
  on its settings page.

  Document:
    <org-new><meta/>
      <form errors><field name="slug|name|ref_prefix|jurisdiction|calendar|time_zone" value error?/></form>
    </org-new>
  The form posts those fields and csrf to /staff/orgs/new.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="locations.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">New organisation</xsl:with-param>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href">/staff/</xsl:with-param>
      <xsl:with-param name="back-text">Back to the dashboard</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="org-new"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="org-new">
    <p>Give the organisation whose processing you record a name and an address in gdprdesk. Its contacts, DPO, representative, request policy and locations are set on its settings page next.</p>
    <form method="post" action="/staff/orgs/new" novalidate="novalidate" class="form-narrow">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="control">
        <xsl:with-param name="name">name</xsl:with-param>
        <xsl:with-param name="label">Name</xsl:with-param>
        <xsl:with-param name="hint">The name people know it by, such as RealtimeCRM.</xsl:with-param>
        <xsl:with-param name="required">yes</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="control">
        <xsl:with-param name="name">slug</xsl:with-param>
        <xsl:with-param name="label">Address in gdprdesk</xsl:with-param>
        <xsl:with-param name="hint">2 to 40 lowercase letters, digits and dashes, such as realtimecrm. It appears in every address of its pages and in its public request form, and cannot be changed later.</xsl:with-param>
        <xsl:with-param name="width">medium</xsl:with-param>
        <xsl:with-param name="spellcheck">no</xsl:with-param>
        <xsl:with-param name="required">yes</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="control">
        <xsl:with-param name="name">ref_prefix</xsl:with-param>
        <xsl:with-param name="label">Request reference prefix</xsl:with-param>
        <xsl:with-param name="hint">2 to 8 capital letters, such as RTC: requests are numbered RTC-2026-0042.</xsl:with-param>
        <xsl:with-param name="width">short</xsl:with-param>
        <xsl:with-param name="spellcheck">no</xsl:with-param>
        <xsl:with-param name="required">yes</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="control">
        <xsl:with-param name="name">jurisdiction</xsl:with-param>
        <xsl:with-param name="label">Rule set</xsl:with-param>
        <xsl:with-param name="hint">The law its deadlines and checks follow.</xsl:with-param>
        <xsl:with-param name="type">select</xsl:with-param>
        <xsl:with-param name="options">
          <xsl:call-template name="jurisdiction-options">
            <xsl:with-param name="current" select="string($fields[@name = 'jurisdiction']/@value)"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="control">
        <xsl:with-param name="name">calendar</xsl:with-param>
        <xsl:with-param name="label">Holiday calendar</xsl:with-param>
        <xsl:with-param name="hint">Its bank holidays count in request deadlines.</xsl:with-param>
        <xsl:with-param name="type">select</xsl:with-param>
        <xsl:with-param name="options">
          <xsl:call-template name="calendar-options">
            <xsl:with-param name="current" select="string($fields[@name = 'calendar']/@value)"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="control">
        <xsl:with-param name="name">time_zone</xsl:with-param>
        <xsl:with-param name="label">Time zone</xsl:with-param>
        <xsl:with-param name="hint">The day a request arrives is counted in this zone, such as Europe/London.</xsl:with-param>
        <xsl:with-param name="width">medium</xsl:with-param>
        <xsl:with-param name="spellcheck">no</xsl:with-param>
        <xsl:with-param name="required">yes</xsl:with-param>
      </xsl:call-template>
      <div class="actions">
        <button type="submit" class="button">Create organisation</button>
        <a href="/staff/">Cancel</a>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
