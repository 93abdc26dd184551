<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/org.xsl: one organisation's details, as the staff see them.
  Document: <org><meta/><organisation id slug><name/><legal_name/>...
  <ref_prefix/></organisation></org>; every child but name is optional.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:template match="/">
    <xsl:variable name="o" select="org/organisation"/>
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="string($o/name)"/>
      <xsl:with-param name="caption">Organisation</xsl:with-param>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href">/staff/</xsl:with-param>
      <xsl:with-param name="back-text">Back to the dashboard</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="$o"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="organisation">
    <nav class="subnav no-print" aria-label="Register">
      <ul class="link-list">
        <li><a href="/staff/o/{@slug}/register">Record of processing</a></li>
        <li><a href="/staff/o/{@slug}/checks">Checks</a></li>
        <li><a href="/staff/o/{@slug}/tickets">Requests</a></li>
        <li><a href="/staff/o/{@slug}/reports">Reports</a></li>
        <li>
          <a href="/staff/o/{@slug}/edit">
            <xsl:choose>
              <xsl:when test="$account/@role = 'viewer'">Settings and locations</xsl:when>
              <xsl:otherwise>Edit settings</xsl:otherwise>
            </xsl:choose>
          </a>
        </li>
      </ul>
    </nav>
    <section class="section" aria-labelledby="details-title">
      <h2 id="details-title">Details</h2>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="value" select="string(name)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Legal name</xsl:with-param>
          <xsl:with-param name="value" select="string(legal_name)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Company number</xsl:with-param>
          <xsl:with-param name="value" select="string(company_number)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Address</xsl:with-param>
          <xsl:with-param name="value" select="string(address)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Privacy email</xsl:with-param>
          <xsl:with-param name="value" select="string(contact_email)"/>
          <xsl:with-param name="kind">email</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Telephone</xsl:with-param>
          <xsl:with-param name="value" select="string(contact_phone)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Website</xsl:with-param>
          <xsl:with-param name="value" select="string(website)"/>
          <xsl:with-param name="kind">url</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="dpo-title">
      <h2 id="dpo-title">Data protection officer</h2>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="value" select="string(dpo_name)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Email</xsl:with-param>
          <xsl:with-param name="value" select="string(dpo_email)"/>
          <xsl:with-param name="kind">email</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Address</xsl:with-param>
          <xsl:with-param name="value" select="string(dpo_address)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Telephone</xsl:with-param>
          <xsl:with-param name="value" select="string(dpo_phone)"/>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="rep-title">
      <h2 id="rep-title">Representative (Article 27)</h2>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="value" select="string(representative_name)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Contact</xsl:with-param>
          <xsl:with-param name="value" select="string(representative_contact)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="reg-title">
      <h2 id="reg-title">Regulator and settings</h2>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Registration reference</xsl:with-param>
          <xsl:with-param name="value" select="string(registration_ref)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Supervisory authority</xsl:with-param>
          <xsl:with-param name="value" select="string(supervisory_authority)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Rule set</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="rule-set-name">
              <xsl:with-param name="code" select="jurisdiction"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Holiday calendar</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="calendar-name">
              <xsl:with-param name="code" select="calendar"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Time zone</xsl:with-param>
          <xsl:with-param name="value" select="string(time_zone)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Request reference prefix</xsl:with-param>
          <xsl:with-param name="value" select="string(ref_prefix)"/>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>
</xsl:stylesheet>
