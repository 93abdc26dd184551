<?xml version="1.0" encoding="UTF-8"?>
<!--
  public/org.xsl: an organisation's public profile: who they are, how to
  reach them and their DPO, and the way to make a request.
  Document: <org-public><meta/><organisation slug><name/>... (the
  children of staff/org.xsl, each optional but name)</organisation>
  </org-public>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="/">
    <xsl:variable name="o" select="org-public/organisation"/>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="string($o/name)"/>
      <xsl:with-param name="body">
        <xsl:apply-templates select="$o"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="organisation">
    <p class="lead">You can ask <xsl:value-of select="name"/> for a copy of the personal data it holds about you, or ask it to correct, erase or stop using that data.</p>
    <ul class="actions">
      <li><a class="button" href="/o/{@slug}/request">Make a request</a></li>
      <li><a href="/o/{@slug}/privacy">Read the privacy notice</a></li>
    </ul>

    <section class="section" aria-labelledby="who-title">
      <h2 id="who-title">Who they are</h2>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="value" select="string(name)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Legal name</xsl:with-param>
          <xsl:with-param name="value" select="string(legal_name)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Company number</xsl:with-param>
          <xsl:with-param name="value" select="string(company_number)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Address</xsl:with-param>
          <xsl:with-param name="value" select="string(address)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Website</xsl:with-param>
          <xsl:with-param name="value" select="string(website)"/>
          <xsl:with-param name="kind">url</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Registration reference</xsl:with-param>
          <xsl:with-param name="value" select="string(registration_ref)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="contact-title">
      <h2 id="contact-title">Contact them about your data</h2>
      <xsl:choose>
        <xsl:when test="contact_email != '' or contact_phone != ''">
          <dl class="summary">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Email</xsl:with-param>
              <xsl:with-param name="value" select="string(contact_email)"/>
              <xsl:with-param name="kind">email</xsl:with-param>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Telephone</xsl:with-param>
              <xsl:with-param name="value" select="string(contact_phone)"/>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <p>They have not published a privacy contact here. You can still make a request with the form.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <section class="section" aria-labelledby="dpo-title">
      <h2 id="dpo-title">Data protection officer</h2>
      <xsl:choose>
        <xsl:when test="dpo_name != '' or dpo_email != '' or dpo_address != '' or dpo_phone != ''">
          <dl class="summary">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Name</xsl:with-param>
              <xsl:with-param name="value" select="string(dpo_name)"/>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Email</xsl:with-param>
              <xsl:with-param name="value" select="string(dpo_email)"/>
              <xsl:with-param name="kind">email</xsl:with-param>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Address</xsl:with-param>
              <xsl:with-param name="value" select="string(dpo_address)"/>
              <xsl:with-param name="kind">multiline</xsl:with-param>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Telephone</xsl:with-param>
              <xsl:with-param name="value" select="string(dpo_phone)"/>
              <xsl:with-param name="omit-empty">yes</xsl:with-param>
            </xsl:call-template>
          </dl>
        </xsl:when>
        <xsl:otherwise>
          <p><xsl:value-of select="name"/> has not named a data protection officer. Use the contact details above.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>

    <xsl:if test="representative_name != '' or representative_contact != ''">
      <section class="section" aria-labelledby="rep-title">
        <h2 id="rep-title">Representative</h2>
        <p>The representative <xsl:value-of select="name"/> has named under Article 27, for people in a country where it has no office.</p>
        <dl class="summary">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Name</xsl:with-param>
            <xsl:with-param name="value" select="string(representative_name)"/>
            <xsl:with-param name="omit-empty">yes</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Contact</xsl:with-param>
            <xsl:with-param name="value" select="string(representative_contact)"/>
            <xsl:with-param name="kind">multiline</xsl:with-param>
            <xsl:with-param name="omit-empty">yes</xsl:with-param>
          </xsl:call-template>
        </dl>
      </section>
    </xsl:if>

    <section class="section" aria-labelledby="complain-title">
      <h2 id="complain-title">If you are not happy</h2>
      <p>
        <xsl:text>If you are unhappy with how </xsl:text>
        <xsl:value-of select="name"/>
        <xsl:text> handles your data or your request, you can complain to the data protection supervisory authority</xsl:text>
        <xsl:if test="supervisory_authority != ''">
          <xsl:text>, </xsl:text>
          <xsl:value-of select="supervisory_authority"/>
        </xsl:if>
        <xsl:text>.</xsl:text>
      </p>
    </section>
  </xsl:template>
</xsl:stylesheet>
