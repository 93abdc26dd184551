<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/login.xsl: the staff login form.
  Document: <login><meta/><notice/>?<problem/>?<form><field name="login"/>
  <field name="password"/></form></login>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Log in</xsl:with-param>
      <xsl:with-param name="heading">Log in to gdprdesk</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:if test="login/notice != ''">
          <div class="notice" role="status">
            <p><xsl:value-of select="login/notice"/></p>
          </div>
        </xsl:if>
        <form method="post" action="/staff/login" novalidate="novalidate" class="form-narrow">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="input">
            <xsl:with-param name="name">login</xsl:with-param>
            <xsl:with-param name="label">Login name</xsl:with-param>
            <xsl:with-param name="autocomplete">username</xsl:with-param>
            <xsl:with-param name="spellcheck">no</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
            <xsl:with-param name="width">medium</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">password</xsl:with-param>
            <xsl:with-param name="label">Password</xsl:with-param>
            <xsl:with-param name="type">password</xsl:with-param>
            <xsl:with-param name="autocomplete">current-password</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
            <xsl:with-param name="width">medium</xsl:with-param>
          </xsl:call-template>
          <button type="submit" class="button">Log in</button>
        </form>
        <p class="muted">If you have forgotten your password, ask an administrator of this gdprdesk to reset it.</p>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
