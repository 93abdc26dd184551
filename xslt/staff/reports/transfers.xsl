<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/reports/transfers.xsl: international transfers: every location
  outside the home area (the UK and the EEA under the uk rules, the EEA
  under eu), the organisation's own and its recipients', with the
  mechanism relied on, how the checks judge it on the day, and the
  activities that send data there. For one organisation or, scope
  "all", for each the account may see.
  Document: <report name="transfers"><meta/><asat/>?<register>...
  </register>...</report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="report.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="report-page">
      <xsl:with-param name="title">International transfers</xsl:with-param>
      <xsl:with-param name="intro">
        <p>Every place outside the UK and the EEA where the record says personal data is held, by the organisation itself or by a recipient, with the safeguard it rests on (Chapter V) and the activities whose data goes there. A recipient with no location recorded may be a transfer this report cannot see: the checks list them.</p>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:for-each select="$registers">
          <xsl:call-template name="org-heading">
            <xsl:with-param name="register" select="."/>
            <xsl:with-param name="id" select="concat('org-', organisation/@slug)"/>
          </xsl:call-template>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
        <xsl:if test="not($registers)">
          <p>You have not been given any organisations yet.</p>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="register">
    <xsl:variable name="locs"
      select="organisation/location[@abroad = 1] | recipients/recipient/location[@abroad = 1]"/>
    <xsl:variable name="bad" select="$locs[@safeguard = 'obsolete' or @safeguard = 'misapplied' or @safeguard = 'none']"/>
    <xsl:variable name="check" select="$locs[@safeguard = 'unverified']"/>
    <xsl:variable name="unplaced"
      select="recipients/recipient[not(location) and @kind != 'category' and @kind != 'internal']"/>
    <xsl:variable name="id" select="concat('transfers-', organisation/@slug)"/>
    <xsl:choose>
      <xsl:when test="not($locs)">
        <p>
          <xsl:text>No location outside the </xsl:text>
          <xsl:call-template name="home-area"/>
          <xsl:text> is recorded.</xsl:text>
        </p>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:call-template name="count-noun">
            <xsl:with-param name="n" select="count($locs)"/>
            <xsl:with-param name="one">location</xsl:with-param>
            <xsl:with-param name="many">locations</xsl:with-param>
          </xsl:call-template>
          <xsl:text> outside the </xsl:text>
          <xsl:call-template name="home-area"/>
          <xsl:text>: </xsl:text>
          <xsl:value-of select="count($locs) - count($bad) - count($check)"/>
          <xsl:text> safeguarded, </xsl:text>
          <xsl:value-of select="count($check)"/>
          <xsl:text> to check, </xsl:text>
          <xsl:value-of select="count($bad)"/>
          <xsl:text> without a valid safeguard.</xsl:text>
        </p>
        <div class="table-wrap" role="region" aria-labelledby="{$id}-caption" tabindex="0">
          <table class="table report-table report-transfers">
            <caption id="{$id}-caption" class="visually-hidden">
              <xsl:text>Transfers outside the </xsl:text>
              <xsl:call-template name="home-area"/>
              <xsl:text> of </xsl:text>
              <xsl:value-of select="organisation/name"/>
            </caption>
            <thead>
              <tr>
                <th scope="col">Held by</th>
                <th scope="col">Country</th>
                <th scope="col">Mechanism</th>
                <th scope="col">Safeguard</th>
                <th scope="col">Activities that send data there</th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="$locs"/>
            </tbody>
          </table>
        </div>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$unplaced">
      <p>
        <xsl:call-template name="count-noun">
          <xsl:with-param name="n" select="count($unplaced)"/>
          <xsl:with-param name="one">recipient has</xsl:with-param>
          <xsl:with-param name="many">recipients have</xsl:with-param>
        </xsl:call-template>
        <xsl:text> no location recorded: </xsl:text>
        <xsl:for-each select="$unplaced">
          <xsl:if test="position() &gt; 1">, </xsl:if>
          <xsl:value-of select="name"/>
        </xsl:for-each>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- home-area: "UK and the EEA", or "EEA" under the eu rules. -->
  <xsl:template name="home-area">
    <xsl:choose>
      <xsl:when test="ancestor-or-self::register/organisation/@jurisdiction = 'eu'">EEA</xsl:when>
      <xsl:otherwise>UK and the EEA</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="location">
    <tr>
      <th scope="row">
        <xsl:value-of select="../name"/>
        <xsl:choose>
          <xsl:when test="parent::organisation">
            <span class="muted"> (its own processing)</span>
          </xsl:when>
          <xsl:otherwise>
            <span class="muted">
              <xsl:text> (</xsl:text>
              <xsl:call-template name="kind-name">
                <xsl:with-param name="kind" select="../@kind"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </span>
          </xsl:otherwise>
        </xsl:choose>
      </th>
      <td><xsl:call-template name="place"/></td>
      <td>
        <xsl:call-template name="mechanism"/>
        <xsl:if test="@valid_until != ''">
          <br/>
          <span class="muted">
            <xsl:text>Last valid day </xsl:text>
            <xsl:call-template name="format-date">
              <xsl:with-param name="date" select="@valid_until"/>
              <xsl:with-param name="weekday">no</xsl:with-param>
            </xsl:call-template>
          </span>
        </xsl:if>
        <xsl:if test="@safeguard = 'unverified' or (@safeguard = 'valid' and ../@dpf_certified = 1)">
          <br/>
          <span class="muted">
            <xsl:call-template name="certification"/>
          </span>
        </xsl:if>
      </td>
      <td>
        <xsl:call-template name="safeguard-tag">
          <xsl:with-param name="state" select="@safeguard"/>
        </xsl:call-template>
      </td>
      <td>
        <xsl:choose>
          <xsl:when test="parent::organisation">
            <xsl:text>All its activities (</xsl:text>
            <xsl:value-of select="count(../../activities/activity)"/>
            <xsl:text>)</xsl:text>
          </xsl:when>
          <xsl:when test="not(key('act-by-rcp', ../@id))">
            <span class="muted">None recorded</span>
          </xsl:when>
          <xsl:otherwise>
            <xsl:for-each select="key('act-by-rcp', ../@id)">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:value-of select="name"/>
            </xsl:for-each>
          </xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <!-- certification: what the record says of a DPF importer's certification. Context: location. -->
  <xsl:template name="certification">
    <xsl:choose>
      <xsl:when test="../@dpf_certified = 1 and ../@dpf_verified != ''">
        <xsl:text>Certified; verified </xsl:text>
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="../@dpf_verified"/>
          <xsl:with-param name="weekday">no</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="../@dpf_certified = 1">Certified; never verified</xsl:when>
      <xsl:when test="../@dpf_certified = 0">Not certified</xsl:when>
      <xsl:otherwise>Certification not recorded</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
