<?xml version="1.0" encoding="UTF-8"?>
<!--
  public/request.xsl: the form a requester fills in to make a request to
  an organisation.
  Document: <request><meta><csrf/></meta><organisation slug
  jurisdiction>Name</organisation><categories><category code>Name
  </category>...</categories><form><field name value error?/>...</form>
  </request>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="o" select="/request/organisation"/>
  <xsl:variable name="f" select="/request/form/field"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Make a request to ', $o)"/>
      <xsl:with-param name="heading">Make a request</xsl:with-param>
      <xsl:with-param name="caption" select="string($o)"/>
      <xsl:with-param name="back-href" select="concat('/o/', $o/@slug)"/>
      <xsl:with-param name="back-text">Back</xsl:with-param>
      <xsl:with-param name="body">
        <p class="lead">Use this form to ask <xsl:value-of select="$o"/> about the personal data it holds about you. It must answer within one month.</p>
        <p>What <xsl:value-of select="$o"/> holds and why is in its <a href="/o/{$o/@slug}/privacy">privacy notice</a>.</p>
        <form method="post" action="/o/{$o/@slug}/request" novalidate="novalidate">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="hidden">
            <xsl:with-param name="name">key</xsl:with-param>
            <xsl:with-param name="value" select="$f[@name = 'key']/@value"/>
          </xsl:call-template>

          <xsl:call-template name="radios">
            <xsl:with-param name="name">kind</xsl:with-param>
            <xsl:with-param name="legend">What are you asking for?</xsl:with-param>
            <xsl:with-param name="complaint" select="$o/@jurisdiction = 'uk'"/>
          </xsl:call-template>

          <xsl:call-template name="input">
            <xsl:with-param name="name">name</xsl:with-param>
            <xsl:with-param name="label">Your full name</xsl:with-param>
            <xsl:with-param name="autocomplete">name</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">email</xsl:with-param>
            <xsl:with-param name="label">Email address</xsl:with-param>
            <xsl:with-param name="type">email</xsl:with-param>
            <xsl:with-param name="hint">We will send a message to this address to confirm it is yours.</xsl:with-param>
            <xsl:with-param name="autocomplete">email</xsl:with-param>
            <xsl:with-param name="spellcheck">no</xsl:with-param>
            <xsl:with-param name="required">yes</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">phone</xsl:with-param>
            <xsl:with-param name="label">Telephone number (optional)</xsl:with-param>
            <xsl:with-param name="type">tel</xsl:with-param>
            <xsl:with-param name="autocomplete">tel</xsl:with-param>
            <xsl:with-param name="width">medium</xsl:with-param>
          </xsl:call-template>

          <xsl:call-template name="radios">
            <xsl:with-param name="name">agent</xsl:with-param>
            <xsl:with-param name="legend">Are you asking for someone else?</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">agent_for</xsl:with-param>
            <xsl:with-param name="label">If so, the full name of the person you are acting for</xsl:with-param>
            <xsl:with-param name="hint">They may be asked to confirm that you act for them.</xsl:with-param>
          </xsl:call-template>

          <xsl:call-template name="select">
            <xsl:with-param name="name">relationship</xsl:with-param>
            <xsl:with-param name="label">How do you know <xsl:value-of select="$o"/>?</xsl:with-param>
            <xsl:with-param name="options">
              <option value="">Choose one</option>
              <xsl:for-each select="/request/categories/category">
                <xsl:call-template name="option">
                  <xsl:with-param name="value" select="@code"/>
                  <xsl:with-param name="text" select="."/>
                  <xsl:with-param name="current" select="$f[@name = 'relationship']/@value"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:with-param>
          </xsl:call-template>

          <xsl:variable name="derr" select="$f[@name = 'description']/@error"/>
          <div>
            <xsl:attribute name="class">field<xsl:if test="$derr != ''"> field-error</xsl:if></xsl:attribute>
            <label class="label" for="f-description">Your request</label>
            <xsl:call-template name="field-notes">
              <xsl:with-param name="name">description</xsl:with-param>
              <xsl:with-param name="hint">Say what you want, and anything that helps find your data (account numbers, dates). At most 5,000 characters.</xsl:with-param>
              <xsl:with-param name="error" select="$derr"/>
            </xsl:call-template>
            <textarea id="f-description" name="description" rows="8">
              <xsl:attribute name="class">textarea<xsl:if test="$derr != ''"> input-error</xsl:if></xsl:attribute>
              <xsl:call-template name="describedby">
                <xsl:with-param name="name">description</xsl:with-param>
                <xsl:with-param name="hint">yes</xsl:with-param>
                <xsl:with-param name="error" select="$derr"/>
              </xsl:call-template>
              <xsl:value-of select="$f[@name = 'description']/@value"/>
            </textarea>
          </div>

          <div class="field-trap" aria-hidden="true">
            <label for="f-website">Leave this empty</label>
            <input id="f-website" name="website" type="text" tabindex="-1" autocomplete="off" value=""/>
          </div>

          <button type="submit" class="button">Send request</button>
        </form>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- A group of radios, id "f-NAME". Params: name, legend, complaint (add the complaint kind). -->
  <xsl:template name="radios">
    <xsl:param name="name"/>
    <xsl:param name="legend"/>
    <xsl:param name="complaint" select="false()"/>
    <xsl:variable name="cur" select="$f[@name = $name]/@value"/>
    <xsl:variable name="error" select="$f[@name = $name]/@error"/>
    <fieldset id="f-{$name}">
      <xsl:attribute name="class">fieldset<xsl:if test="$error != ''"> field-error</xsl:if></xsl:attribute>
      <legend class="legend"><xsl:value-of select="$legend"/></legend>
      <xsl:call-template name="field-notes">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="error" select="$error"/>
      </xsl:call-template>
      <xsl:call-template name="radio-items">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="cur" select="$cur"/>
      </xsl:call-template>
      <xsl:if test="$complaint">
        <xsl:call-template name="radio">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="cur" select="$cur"/>
          <xsl:with-param name="v">complaint</xsl:with-param>
          <xsl:with-param name="text">To complain about how my personal data is handled</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </fieldset>
  </xsl:template>

  <!-- The choices of each radio group (XSLT 1.0 cannot walk a fragment). -->
  <xsl:template name="radio-items">
    <xsl:param name="name"/>
    <xsl:param name="cur"/>
    <xsl:choose>
      <xsl:when test="$name = 'agent'">
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">no</xsl:with-param><xsl:with-param name="text">No, this is about me</xsl:with-param></xsl:call-template>
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">yes</xsl:with-param><xsl:with-param name="text">Yes, I am acting for someone else</xsl:with-param></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">access</xsl:with-param><xsl:with-param name="text">A copy of my personal data</xsl:with-param></xsl:call-template>
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">erasure</xsl:with-param><xsl:with-param name="text">Erase my personal data</xsl:with-param></xsl:call-template>
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">rectification</xsl:with-param><xsl:with-param name="text">Correct my personal data</xsl:with-param></xsl:call-template>
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">restriction</xsl:with-param><xsl:with-param name="text">Limit how my personal data is used</xsl:with-param></xsl:call-template>
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">portability</xsl:with-param><xsl:with-param name="text">My personal data in a form I can take elsewhere</xsl:with-param></xsl:call-template>
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">objection</xsl:with-param><xsl:with-param name="text">Stop using my personal data for some purposes</xsl:with-param></xsl:call-template>
        <xsl:call-template name="radio"><xsl:with-param name="name" select="$name"/><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="v">unsure</xsl:with-param><xsl:with-param name="text">I am not sure</xsl:with-param></xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="radio">
    <xsl:param name="name"/>
    <xsl:param name="cur"/>
    <xsl:param name="v"/>
    <xsl:param name="text"/>
    <div class="radio">
      <input class="radio-input" id="f-{$name}-{$v}" name="{$name}" type="radio" value="{$v}">
        <xsl:if test="string($cur) = $v">
          <xsl:attribute name="checked">checked</xsl:attribute>
        </xsl:if>
      </input>
      <label class="radio-label" for="f-{$name}-{$v}"><xsl:value-of select="$text"/></label>
    </div>
  </xsl:template>
</xsl:stylesheet>
