<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/password.xsl: change your own password.
  Document: <password><meta/><form errors><field name="current"/>
  <field name="password"/><field name="confirm"/></form></password>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Change your password</xsl:with-param>
      <xsl:with-param name="section">password</xsl:with-param>
      <xsl:with-param name="body">
        <form method="post" action="/staff/account/password" novalidate="novalidate" class="form-narrow">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="input">
            <xsl:with-param name="name">current</xsl:with-param>
            <xsl:with-param name="label">Current password</xsl:with-param>
            <xsl:with-param name="type">password</xsl:with-param>
            <xsl:with-param name="autocomplete">current-password</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
            <xsl:with-param name="width">medium</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">password</xsl:with-param>
            <xsl:with-param name="label">New password</xsl:with-param>
            <xsl:with-param name="type">password</xsl:with-param>
            <xsl:with-param name="hint">At least 12 characters.</xsl:with-param>
            <xsl:with-param name="autocomplete">new-password</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
            <xsl:with-param name="width">medium</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">confirm</xsl:with-param>
            <xsl:with-param name="label">Confirm new password</xsl:with-param>
            <xsl:with-param name="type">password</xsl:with-param>
            <xsl:with-param name="autocomplete">new-password</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
            <xsl:with-param name="width">medium</xsl:with-param>
          </xsl:call-template>
          <button type="submit" class="button">Change password</button>
        </form>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
