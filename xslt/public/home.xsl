<?xml version="1.0" encoding="UTF-8"?>
<!--
  public/home.xsl: the public landing page: what this service is.
  Document: <home><meta/></home>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Make a data-protection request</xsl:with-param>
      <xsl:with-param name="body">
        <p class="lead">This service lets you make a data-protection request to an organisation that uses gdprdesk: for example, to ask for a copy of the personal data it holds about you, or to have that data corrected or erased.</p>
        <p>Each organisation gives its own link to its request form, usually in its privacy notice. After you make a request you get a reference and a private link where you can see how your request is going.</p>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
