<?xml version="1.0" encoding="UTF-8"?>
<!--
  public/verify.xsl: the page a requester sees after following the link
  that confirms their email address.
  Document: <verify><meta/></verify>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Email address confirmed</xsl:with-param>
      <xsl:with-param name="referrer">none</xsl:with-param>
      <xsl:with-param name="body">
        <p>Thank you. Your email address is confirmed. You do not need to do anything else now.</p>
        <p>Use the private status link you were given to follow your request.</p>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
