<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/ticket-new.xsl: entering a request that came by email, post or
  phone, with the date and time it arrived as given.
  Document: <ticket-new><meta/><organisation slug jurisdiction><name/></organisation>
  <form errors><field name="kind|channel|received_date|received_time|name|
  email|phone|agent|agent_for|category|description|key" value error?/></form>
  <problem/>? <categories><category code>name</category>*</categories></ticket-new>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="org" select="/ticket-new/organisation"/>
  <xsl:variable name="f" select="/ticket-new/form/field"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Enter a request – ', $org/name)"/>
      <xsl:with-param name="heading">Enter a request</xsl:with-param>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="concat($org-href, '/tickets')"/>
      <xsl:with-param name="back-text">Back to the requests</xsl:with-param>
      <xsl:with-param name="body">
        <p>For a request that came by email, post or phone. The time limit runs from the day it arrived, in the organisation's time zone, whoever it was sent to.</p>
        <form method="post" action="{$org-href}/tickets/new" novalidate="novalidate" class="form-narrow">
          <xsl:call-template name="csrf"/>
          <input type="hidden" name="key" value="{$f[@name = 'key']/@value}"/>
          <xsl:call-template name="select">
            <xsl:with-param name="name">kind</xsl:with-param>
            <xsl:with-param name="label">What the requester asks for</xsl:with-param>
            <xsl:with-param name="options">
              <xsl:variable name="k" select="string($f[@name = 'kind']/@value)"/>
              <option value="">Choose</option>
              <xsl:call-template name="option"><xsl:with-param name="value">access</xsl:with-param><xsl:with-param name="text">Access to their data (Art 15)</xsl:with-param><xsl:with-param name="current" select="$k"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">erasure</xsl:with-param><xsl:with-param name="text">Erasure (Art 17)</xsl:with-param><xsl:with-param name="current" select="$k"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">rectification</xsl:with-param><xsl:with-param name="text">Rectification (Art 16)</xsl:with-param><xsl:with-param name="current" select="$k"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">restriction</xsl:with-param><xsl:with-param name="text">Restriction (Art 18)</xsl:with-param><xsl:with-param name="current" select="$k"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">portability</xsl:with-param><xsl:with-param name="text">Portability (Art 20)</xsl:with-param><xsl:with-param name="current" select="$k"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">objection</xsl:with-param><xsl:with-param name="text">Objection (Art 21)</xsl:with-param><xsl:with-param name="current" select="$k"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">unsure</xsl:with-param><xsl:with-param name="text">Not clear yet</xsl:with-param><xsl:with-param name="current" select="$k"/></xsl:call-template>
              <xsl:if test="$org/@jurisdiction = 'uk'">
                <xsl:call-template name="option"><xsl:with-param name="value">complaint</xsl:with-param><xsl:with-param name="text">A complaint about the handling of personal data</xsl:with-param><xsl:with-param name="current" select="$k"/></xsl:call-template>
              </xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="name">channel</xsl:with-param>
            <xsl:with-param name="label">How it came</xsl:with-param>
            <xsl:with-param name="options">
              <xsl:variable name="c" select="string($f[@name = 'channel']/@value)"/>
              <xsl:call-template name="option"><xsl:with-param name="value">email</xsl:with-param><xsl:with-param name="text">Email</xsl:with-param><xsl:with-param name="current" select="$c"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">post</xsl:with-param><xsl:with-param name="text">Post</xsl:with-param><xsl:with-param name="current" select="$c"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">phone</xsl:with-param><xsl:with-param name="text">Phone</xsl:with-param><xsl:with-param name="current" select="$c"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">received_date</xsl:with-param>
            <xsl:with-param name="label">Date it arrived</xsl:with-param>
            <xsl:with-param name="hint">As YYYY-MM-DD, like 2026-11-23.</xsl:with-param>
            <xsl:with-param name="width">short</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">received_time</xsl:with-param>
            <xsl:with-param name="label">Time it arrived (optional)</xsl:with-param>
            <xsl:with-param name="hint">As HH:MM, 24-hour clock, local time.</xsl:with-param>
            <xsl:with-param name="width">short</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">name</xsl:with-param>
            <xsl:with-param name="label">Requester's name</xsl:with-param>
            <xsl:with-param name="autocomplete">off</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">email</xsl:with-param>
            <xsl:with-param name="label">Requester's email address</xsl:with-param>
            <xsl:with-param name="type">email</xsl:with-param>
            <xsl:with-param name="hint">Needed for a request by email; messages to the requester go here.</xsl:with-param>
            <xsl:with-param name="spellcheck">no</xsl:with-param>
            <xsl:with-param name="autocomplete">off</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">phone</xsl:with-param>
            <xsl:with-param name="label">Telephone (optional)</xsl:with-param>
            <xsl:with-param name="type">tel</xsl:with-param>
            <xsl:with-param name="width">medium</xsl:with-param>
            <xsl:with-param name="autocomplete">off</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="name">agent</xsl:with-param>
            <xsl:with-param name="label">Is the requester acting for someone else?</xsl:with-param>
            <xsl:with-param name="options">
              <xsl:variable name="a" select="string($f[@name = 'agent']/@value)"/>
              <xsl:call-template name="option"><xsl:with-param name="value">no</xsl:with-param><xsl:with-param name="text">No</xsl:with-param><xsl:with-param name="current" select="$a"/></xsl:call-template>
              <xsl:call-template name="option"><xsl:with-param name="value">yes</xsl:with-param><xsl:with-param name="text">Yes</xsl:with-param><xsl:with-param name="current" select="$a"/></xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">agent_for</xsl:with-param>
            <xsl:with-param name="label">The person they act for (if so)</xsl:with-param>
            <xsl:with-param name="autocomplete">off</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="select">
            <xsl:with-param name="name">category</xsl:with-param>
            <xsl:with-param name="label">Their relationship with the organisation</xsl:with-param>
            <xsl:with-param name="hint">Decides which activities of the register the request concerns.</xsl:with-param>
            <xsl:with-param name="options">
              <xsl:variable name="c" select="string($f[@name = 'category']/@value)"/>
              <option value="">Not known</option>
              <xsl:for-each select="/ticket-new/categories/category">
                <xsl:call-template name="option"><xsl:with-param name="value" select="@code"/><xsl:with-param name="text" select="."/><xsl:with-param name="current" select="$c"/></xsl:call-template>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:variable name="derr" select="string($f[@name = 'description']/@error)"/>
          <div>
            <xsl:attribute name="class">field<xsl:if test="$derr != ''"> field-error</xsl:if></xsl:attribute>
            <label class="label" for="f-description">What they asked for</label>
            <xsl:call-template name="field-notes">
              <xsl:with-param name="name">description</xsl:with-param>
              <xsl:with-param name="hint">In their words where you can; at most 5,000 characters.</xsl:with-param>
              <xsl:with-param name="error" select="$derr"/>
            </xsl:call-template>
            <textarea id="f-description" name="description" rows="6">
              <xsl:attribute name="class">textarea<xsl:if test="$derr != ''"> input-error</xsl:if></xsl:attribute>
              <xsl:call-template name="describedby">
                <xsl:with-param name="name">description</xsl:with-param>
                <xsl:with-param name="hint">yes</xsl:with-param>
                <xsl:with-param name="error" select="$derr"/>
              </xsl:call-template>
              <xsl:value-of select="$f[@name = 'description']/@value"/>
            </textarea>
          </div>
          <button type="submit" class="button">Enter the request</button>
        </form>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
