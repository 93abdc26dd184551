<?xml version="1.0" encoding="UTF-8"?>
<!--
  report-words.xsl: the words the reports use for the codes of their
  document, shared by the HTML report sheets (staff/reports/) and the
  CSV ones (csv/), so that a page and its download say the same thing.
  Only named templates and keys: no output settings, no match templates.

  The document (fcgi/staff/report.c):
    <report name scope record?><meta/><asat/>?
      <register>...one per organisation...
        <organisation id slug jurisdiction><name/><legal_name/>...
          <location .../>...</organisation>
        <activities><activity id role status findings><name/>...
          <lawful_basis_name article/><art9_name article/><retention/>
          <subject id code/>... <data id code special? criminal?/>...
          <recipient ref/>...</activity>...</activities>
        <recipients><recipient id kind findings dpf_certified?
          dpf_verified?><name/><service/><contact/><contract_ref/>
          <contract_date/><certifications/><location .../>...
          </recipient>...</recipients>
        <findings><finding .../>...</findings>?
        <summary error warning info/>
      </register>
    </report>
  A <location id country region? mechanism? valid_until? uk_status
  eu_status abroad safeguard derogation?><country_name/>
  <mechanism_name/>?</location>: abroad is 1 outside the home area (the
  UK and the EEA under the uk rules, the EEA under eu); safeguard is how
  the checks judge its transfer on the day (home, adequate, valid,
  unverified, obsolete, misapplied, none).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- A recipient by id, and the activities that send to one. -->
  <xsl:key name="rcp" match="recipients/recipient" use="@id"/>
  <xsl:key name="act-by-rcp" match="activities/activity" use="recipient/@ref"/>

  <!-- safeguard-words: how a transfer stands, in words. Param: state. -->
  <xsl:template name="safeguard-words">
    <xsl:param name="state"/>
    <xsl:choose>
      <xsl:when test="$state = 'home'">No transfer</xsl:when>
      <xsl:when test="$state = 'adequate'">Adequate country</xsl:when>
      <xsl:when test="$state = 'valid'">Valid</xsl:when>
      <xsl:when test="$state = 'unverified'">Valid only for a certified importer: certification not verified</xsl:when>
      <xsl:when test="$state = 'obsolete'">No longer valid</xsl:when>
      <xsl:when test="$state = 'misapplied'">Does not cover this transfer</xsl:when>
      <xsl:when test="$state = 'none'">No safeguard</xsl:when>
      <xsl:otherwise><xsl:value-of select="$state"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    safeguard-class: ok (home, adequate, valid), check (unverified) or bad
    (obsolete, misapplied, none), for colours and for sorting what needs
    doing. Param: state.
  -->
  <xsl:template name="safeguard-class">
    <xsl:param name="state"/>
    <xsl:choose>
      <xsl:when test="$state = 'home' or $state = 'adequate' or $state = 'valid'">ok</xsl:when>
      <xsl:when test="$state = 'unverified'">check</xsl:when>
      <xsl:otherwise>bad</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- kind-name: a recipient's kind in words. Param: kind. -->
  <xsl:template name="kind-name">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'processor'">Processor</xsl:when>
      <xsl:when test="$kind = 'sub-processor'">Sub-processor</xsl:when>
      <xsl:when test="$kind = 'independent-controller'">Independent controller</xsl:when>
      <xsl:when test="$kind = 'joint-controller'">Joint controller</xsl:when>
      <xsl:when test="$kind = 'public-authority'">Public authority</xsl:when>
      <xsl:when test="$kind = 'internal'">Internal</xsl:when>
      <xsl:when test="$kind = 'category'">Category of recipients</xsl:when>
      <xsl:otherwise><xsl:value-of select="$kind"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- place: a location's country, and its cloud region. Context: location. -->
  <xsl:template name="place">
    <xsl:choose>
      <xsl:when test="country_name != ''"><xsl:value-of select="country_name"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="@country"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@region != ''">
      <xsl:text>, </xsl:text>
      <xsl:value-of select="@region"/>
    </xsl:if>
  </xsl:template>

  <!-- mechanism: the mechanism a location relies on. Context: location. -->
  <xsl:template name="mechanism">
    <xsl:choose>
      <xsl:when test="mechanism_name != ''"><xsl:value-of select="mechanism_name"/></xsl:when>
      <xsl:when test="@mechanism != ''"><xsl:value-of select="@mechanism"/></xsl:when>
      <xsl:otherwise>None recorded</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- holder: whose a location is: its recipient's name or the organisation's. -->
  <xsl:template name="holder">
    <xsl:value-of select="../name"/>
  </xsl:template>

  <!-- basis: "Art 6(1)(b) Contract". Context: activity. -->
  <xsl:template name="basis">
    <xsl:if test="lawful_basis_name/@article != ''">
      <xsl:value-of select="lawful_basis_name/@article"/>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:value-of select="lawful_basis_name"/>
  </xsl:template>

  <!--
    rights: the rights of Arts 15-22 that apply to an activity, one a
    line, from its lawful basis (the ICO's table in its guide to the
    lawful bases): access, rectification and restriction always; erasure
    except for a legal obligation (c) or a public task (e), Art 17(3)(b);
    portability for consent (a) or a contract (b), and only for
    processing by automated means (Art 20(1)(b)); objection for a public
    task, legitimate interests (f) or recognised legitimate interests
    (ea, UK); withdrawing consent for consent (Art 7(3)); Art 22 where
    the activity makes automated decisions. Nothing without a basis: the
    rights cannot be stated. Context: activity.
  -->
  <xsl:template name="rights">
    <xsl:variable name="b" select="string(lawful_basis)"/>
    <xsl:if test="$b != ''">
      <xsl:text>Access (Art 15)&#10;Rectification (Art 16)</xsl:text>
      <xsl:if test="$b != 'c' and $b != 'e'">&#10;Erasure (Art 17)</xsl:if>
      <xsl:text>&#10;Restriction (Art 18)</xsl:text>
      <xsl:if test="($b = 'a' or $b = 'b') and string(is_automated) != '0'">&#10;Data portability (Art 20)</xsl:if>
      <xsl:if test="$b = 'e' or $b = 'f' or $b = 'ea'">&#10;Objection (Art 21)</xsl:if>
      <xsl:if test="$b = 'a'">&#10;Withdrawing consent (Art 7(3))</xsl:if>
      <xsl:if test="string(has_automated_decisions) = '1'">&#10;Not to be subject to a solely automated decision (Art 22)</xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- role-words: an activity's role. Param: role. -->
  <xsl:template name="role-words">
    <xsl:param name="role"/>
    <xsl:choose>
      <xsl:when test="$role = 'controller'">Controller</xsl:when>
      <xsl:when test="$role = 'joint-controller'">Joint controller</xsl:when>
      <xsl:when test="$role = 'processor'">Processor</xsl:when>
      <xsl:otherwise><xsl:value-of select="$role"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- severity-words: a finding's severity, as a heading. Param: severity. -->
  <xsl:template name="severity-words">
    <xsl:param name="severity"/>
    <xsl:choose>
      <xsl:when test="$severity = 'error'">Error</xsl:when>
      <xsl:when test="$severity = 'warning'">Warning</xsl:when>
      <xsl:when test="$severity = 'info'">For information</xsl:when>
      <xsl:otherwise><xsl:value-of select="$severity"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
