<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/import.xsl: import a register: upload an XML document (the format
  of "Download the register") that replaces the organisation's whole
  record of processing. The old record is retired, not deleted: its
  history stays.

  Document:
    <import><meta/>
      <organisation id slug jurisdiction><name/></organisation>
      <current activities recipients locations/>
      <form errors><field name="file" error?/></form>
    </import>
  The form posts multipart/form-data (csrf, file) to
  /staff/o/SLUG/import. An error on the file field says why the document
  was refused ("line N: reason") and that nothing was changed.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="org" select="/import/organisation"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>
  <xsl:variable name="register-href" select="concat($org-href, '/register')"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Import a register: ', $org/name)"/>
      <xsl:with-param name="heading">Import a register</xsl:with-param>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="$register-href"/>
      <xsl:with-param name="back-text">Back to the record of processing</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="import"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="import">
    <xsl:variable name="error" select="form/field[@name = 'file']/@error"/>
    <xsl:variable name="hint">An XML file in gdprdesk’s register format, such as one made with “Download the register (XML)”. At most 8 MB.</xsl:variable>

    <div class="warning-text" role="note">
      <span class="warning-text-icon" aria-hidden="true">!</span>
      <p>
        <strong>
          <span class="visually-hidden">Warning: </span>
          <xsl:text>Importing replaces the whole record of processing of </xsl:text>
          <xsl:value-of select="$org/name"/>
          <xsl:text>.</xsl:text>
        </strong>
      </p>
    </div>
    <p>
      <xsl:text>What the record holds now (</xsl:text>
      <xsl:call-template name="count-noun">
        <xsl:with-param name="n" select="number(current/@activities)"/>
        <xsl:with-param name="one">processing activity</xsl:with-param>
        <xsl:with-param name="many">processing activities</xsl:with-param>
      </xsl:call-template>
      <xsl:text>, </xsl:text>
      <xsl:call-template name="count-noun">
        <xsl:with-param name="n" select="number(current/@recipients)"/>
        <xsl:with-param name="one">recipient</xsl:with-param>
        <xsl:with-param name="many">recipients</xsl:with-param>
      </xsl:call-template>
      <xsl:text> and </xsl:text>
      <xsl:call-template name="count-noun">
        <xsl:with-param name="n" select="number(current/@locations)"/>
        <xsl:with-param name="one">location of its own</xsl:with-param>
        <xsl:with-param name="many">locations of its own</xsl:with-param>
      </xsl:call-template>
      <xsl:text>) is retired and replaced by what the file holds, and the organisation’s settings are replaced by the file’s. Nothing is deleted: the history of each activity and recipient, and the record as it stood on any earlier date, are kept.</xsl:text>
    </p>
    <p>The file is checked first. If anything in it is wrong, nothing is changed and this page says where the problem is.</p>
    <p class="no-print"><a href="{$org-href}/export">Download the current register (XML)</a> to keep a copy first.</p>

    <form method="post" action="{$org-href}/import" enctype="multipart/form-data" novalidate="novalidate" class="form-narrow">
      <xsl:call-template name="csrf"/>
      <div>
        <xsl:attribute name="class">
          <xsl:text>field</xsl:text>
          <xsl:if test="$error != ''"> field-error</xsl:if>
        </xsl:attribute>
        <label class="label" for="f-file">Register file</label>
        <xsl:call-template name="field-notes">
          <xsl:with-param name="name">file</xsl:with-param>
          <xsl:with-param name="hint" select="$hint"/>
          <xsl:with-param name="error" select="$error"/>
        </xsl:call-template>
        <input id="f-file" name="file" type="file" accept=".xml,application/xml" required="required">
          <xsl:attribute name="class">
            <xsl:text>file-upload</xsl:text>
            <xsl:if test="$error != ''"> input-error</xsl:if>
          </xsl:attribute>
          <xsl:call-template name="describedby">
            <xsl:with-param name="name">file</xsl:with-param>
            <xsl:with-param name="hint" select="$hint"/>
            <xsl:with-param name="error" select="$error"/>
          </xsl:call-template>
        </input>
      </div>
      <div class="actions">
        <button type="submit" class="button button-warning">Import and replace the register</button>
        <a href="{$register-href}">Cancel</a>
      </div>
    </form>
  </xsl:template>

  <!-- "1 recipient", "3 recipients", "no recipients". -->
  <xsl:template name="count-noun">
    <xsl:param name="n"/>
    <xsl:param name="one"/>
    <xsl:param name="many"/>
    <xsl:choose>
      <xsl:when test="not($n &gt; 0)">no <xsl:value-of select="$many"/></xsl:when>
      <xsl:when test="$n = 1">1 <xsl:value-of select="$one"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$n"/><xsl:text> </xsl:text><xsl:value-of select="$many"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
