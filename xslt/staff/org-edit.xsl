<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/org-edit.xsl: an organisation's settings (names and contacts, DPO,
  Art 27 representative, regulator, rule set, calendar, time zone, size,
  the request policy its notice declares) and its own locations.

  Document:
    <org-edit><meta/>
      <organisation id slug version jurisdiction><name/></organisation>
      <form errors><field name value error?/> ... one per column</form>
      <problem/>?     (a version conflict, an incomplete form)
      <locations>...</locations>          (see locations.xsl)
      <choices><countries/><mechanisms/></choices>
    </org-edit>

  The settings form posts action=save, version, csrf and every field to the
  page's own URL; the locations' forms post there too. A viewer sees the
  settings without any form.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="locations.xsl"/>

  <xsl:variable name="org" select="/org-edit/organisation"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>
  <xsl:variable name="action" select="concat($org-href, '/edit')"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Settings – ', $org/name)"/>
      <xsl:with-param name="heading">Settings</xsl:with-param>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="$org-href"/>
      <xsl:with-param name="back-text">Back to the organisation</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="org-edit"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="org-edit">
    <ul class="actions">
      <li>Address in gdprdesk: <code><xsl:value-of select="$org/@slug"/></code></li>
      <li>Version <xsl:value-of select="$org/@version"/></li>
    </ul>
    <xsl:choose>
      <xsl:when test="$can-write">
        <xsl:call-template name="edit-form"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="muted">Your account can read these settings but not change them.</p>
        <xsl:call-template name="read-only"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="locations-section">
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="whose">the organisation itself</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The form                                                          -->

  <xsl:template name="edit-form">
    <form method="post" action="{$action}" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="hidden">
        <xsl:with-param name="name">version</xsl:with-param>
        <xsl:with-param name="value" select="$org/@version"/>
      </xsl:call-template>
      <input type="hidden" name="action" value="save"/>
      <p>Record what the organisation’s privacy notice states, in its words where it matters. Where it is silent, leave the field empty: the <a href="{$org-href}/checks">checks</a> say what is missing.</p>

      <fieldset class="form-section" id="s-names">
        <legend class="form-section-legend"><h2>Names and contact</h2></legend>
        <xsl:call-template name="control">
          <xsl:with-param name="name">name</xsl:with-param>
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="hint">The name people know it by.</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">legal_name</xsl:with-param>
          <xsl:with-param name="label">Legal name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">company_number</xsl:with-param>
          <xsl:with-param name="label">Company number</xsl:with-param>
          <xsl:with-param name="width">short</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">address</xsl:with-param>
          <xsl:with-param name="label">Postal address</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">contact_email</xsl:with-param>
          <xsl:with-param name="label">Privacy email</xsl:with-param>
          <xsl:with-param name="type">email</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">contact_phone</xsl:with-param>
          <xsl:with-param name="label">Telephone</xsl:with-param>
          <xsl:with-param name="type">tel</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">website</xsl:with-param>
          <xsl:with-param name="label">Website</xsl:with-param>
          <xsl:with-param name="hint">As the notice writes it, such as example.co.uk.</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-dpo">
        <legend class="form-section-legend"><h2>Data protection officer</h2></legend>
        <p class="hint">The DPO or privacy lead the notice names (Art 13(1)(b)).</p>
        <xsl:call-template name="control">
          <xsl:with-param name="name">dpo_name</xsl:with-param>
          <xsl:with-param name="label">Name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">dpo_email</xsl:with-param>
          <xsl:with-param name="label">Email</xsl:with-param>
          <xsl:with-param name="type">email</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">dpo_address</xsl:with-param>
          <xsl:with-param name="label">Address</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">dpo_phone</xsl:with-param>
          <xsl:with-param name="label">Telephone</xsl:with-param>
          <xsl:with-param name="type">tel</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-rep">
        <legend class="form-section-legend"><h2>Representative (Article 27)</h2></legend>
        <p class="hint">Needed by a controller outside the UK (or the EU) that offers goods or services to people there.</p>
        <xsl:call-template name="control">
          <xsl:with-param name="name">representative_name</xsl:with-param>
          <xsl:with-param name="label">Name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">representative_contact</xsl:with-param>
          <xsl:with-param name="label">Contact details</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-rules">
        <legend class="form-section-legend"><h2>Regulator and rules</h2></legend>
        <xsl:call-template name="control">
          <xsl:with-param name="name">registration_ref</xsl:with-param>
          <xsl:with-param name="label">Registration reference</xsl:with-param>
          <xsl:with-param name="hint">With the regulator, such as the ICO’s ZA067780.</xsl:with-param>
          <xsl:with-param name="width">short</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">supervisory_authority</xsl:with-param>
          <xsl:with-param name="label">Supervisory authority</xsl:with-param>
          <xsl:with-param name="hint">Named in refusals and in answers to access requests.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">jurisdiction</xsl:with-param>
          <xsl:with-param name="label">Rule set</xsl:with-param>
          <xsl:with-param name="hint">The law its deadlines and checks follow.</xsl:with-param>
          <xsl:with-param name="type">select</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="jurisdiction-options">
              <xsl:with-param name="current" select="string($fields[@name = 'jurisdiction']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">calendar</xsl:with-param>
          <xsl:with-param name="label">Holiday calendar</xsl:with-param>
          <xsl:with-param name="hint">Its bank holidays count in request deadlines.</xsl:with-param>
          <xsl:with-param name="type">select</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="calendar-options">
              <xsl:with-param name="current" select="string($fields[@name = 'calendar']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">time_zone</xsl:with-param>
          <xsl:with-param name="label">Time zone</xsl:with-param>
          <xsl:with-param name="hint">The day a request arrives is counted in this zone, such as Europe/London.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">ref_prefix</xsl:with-param>
          <xsl:with-param name="label">Request reference prefix</xsl:with-param>
          <xsl:with-param name="hint">2 to 8 capital letters, such as RTC: requests are numbered RTC-2026-0042. A change applies to new requests only.</xsl:with-param>
          <xsl:with-param name="width">short</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">headcount_band</xsl:with-param>
          <xsl:with-param name="label">Number of employees</xsl:with-param>
          <xsl:with-param name="hint">Art 30(5): under 250 may be exempt from keeping a record, except for processing that is not occasional, is risky, or involves special category or criminal offence data.</xsl:with-param>
          <xsl:with-param name="type">select</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="band-options">
              <xsl:with-param name="current" select="string($fields[@name = 'headcount_band']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-requests">
        <legend class="form-section-legend"><h2>Requests, as the notice declares them</h2></legend>
        <p class="hint">What the notice says about fees and response times, even where it breaks Art 12: the checks compare it with the law.</p>
        <xsl:call-template name="control">
          <xsl:with-param name="name">request_fee</xsl:with-param>
          <xsl:with-param name="label">Fee, in the notice’s words</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
          <xsl:with-param name="rows">2</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">charges_first_copy</xsl:with-param>
          <xsl:with-param name="label">Does it charge for a first copy of the data?</xsl:with-param>
          <xsl:with-param name="type">select</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="yes-no-options">
              <xsl:with-param name="current" select="string($fields[@name = 'charges_first_copy']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">response_time</xsl:with-param>
          <xsl:with-param name="label">Response time, in the notice’s words</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
          <xsl:with-param name="rows">2</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">response_days</xsl:with-param>
          <xsl:with-param name="label">Response time in days</xsl:with-param>
          <xsl:with-param name="hint">Only when the notice states it in days.</xsl:with-param>
          <xsl:with-param name="width">short</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">response_within_month</xsl:with-param>
          <xsl:with-param name="label">Is it within one month?</xsl:with-param>
          <xsl:with-param name="hint">No also covers a vague promise such as “a reasonable timeframe”.</xsl:with-param>
          <xsl:with-param name="type">select</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="yes-no-options">
              <xsl:with-param name="current" select="string($fields[@name = 'response_within_month']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-notice">
        <legend class="form-section-legend"><h2>Privacy notice</h2></legend>
        <xsl:call-template name="control">
          <xsl:with-param name="name">notice_url</xsl:with-param>
          <xsl:with-param name="label">Where it is published</xsl:with-param>
          <xsl:with-param name="spellcheck">no</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">notice_updated</xsl:with-param>
          <xsl:with-param name="label">Date it was last updated</xsl:with-param>
          <xsl:with-param name="hint">YYYY-MM-DD, as the notice states it.</xsl:with-param>
          <xsl:with-param name="width">short</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <div class="actions">
        <button type="submit" class="button">Save settings</button>
        <a href="{$org-href}">Cancel</a>
      </div>
    </form>
  </xsl:template>

  <xsl:template name="band-options">
    <xsl:param name="current"/>
    <xsl:call-template name="option">
      <xsl:with-param name="value" select="''"/>
      <xsl:with-param name="text">Not stated</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">under-250</xsl:with-param>
      <xsl:with-param name="text">Fewer than 250</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">250-or-more</xsl:with-param>
      <xsl:with-param name="text">250 or more</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The settings without a form (viewers)                            -->

  <xsl:template name="read-only">
    <section class="section" aria-labelledby="ro-names">
      <h2 id="ro-names">Names and contact</h2>
      <dl class="summary">
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="name">name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Legal name</xsl:with-param>
          <xsl:with-param name="name">legal_name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Company number</xsl:with-param>
          <xsl:with-param name="name">company_number</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Postal address</xsl:with-param>
          <xsl:with-param name="name">address</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Privacy email</xsl:with-param>
          <xsl:with-param name="name">contact_email</xsl:with-param>
          <xsl:with-param name="kind">email</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Telephone</xsl:with-param>
          <xsl:with-param name="name">contact_phone</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Website</xsl:with-param>
          <xsl:with-param name="name">website</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
    <section class="section" aria-labelledby="ro-dpo">
      <h2 id="ro-dpo">Data protection officer</h2>
      <dl class="summary">
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="name">dpo_name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Email</xsl:with-param>
          <xsl:with-param name="name">dpo_email</xsl:with-param>
          <xsl:with-param name="kind">email</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Address</xsl:with-param>
          <xsl:with-param name="name">dpo_address</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Telephone</xsl:with-param>
          <xsl:with-param name="name">dpo_phone</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
    <section class="section" aria-labelledby="ro-rep">
      <h2 id="ro-rep">Representative (Article 27)</h2>
      <dl class="summary">
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="name">representative_name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Contact details</xsl:with-param>
          <xsl:with-param name="name">representative_contact</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
    <section class="section" aria-labelledby="ro-rules">
      <h2 id="ro-rules">Regulator and rules</h2>
      <dl class="summary">
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Registration reference</xsl:with-param>
          <xsl:with-param name="name">registration_ref</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Supervisory authority</xsl:with-param>
          <xsl:with-param name="name">supervisory_authority</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Rule set</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="rule-set-name">
              <xsl:with-param name="code" select="string($fields[@name = 'jurisdiction']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Holiday calendar</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="calendar-name">
              <xsl:with-param name="code" select="string($fields[@name = 'calendar']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Time zone</xsl:with-param>
          <xsl:with-param name="name">time_zone</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Request reference prefix</xsl:with-param>
          <xsl:with-param name="name">ref_prefix</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Number of employees</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:variable name="b" select="string($fields[@name = 'headcount_band']/@value)"/>
            <xsl:choose>
              <xsl:when test="$b = 'under-250'">Fewer than 250</xsl:when>
              <xsl:when test="$b = '250-or-more'">250 or more</xsl:when>
              <xsl:otherwise><xsl:value-of select="$b"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
    <section class="section" aria-labelledby="ro-requests">
      <h2 id="ro-requests">Requests, as the notice declares them</h2>
      <dl class="summary">
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Fee</xsl:with-param>
          <xsl:with-param name="name">request_fee</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Charges for a first copy</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="yes-no-words">
              <xsl:with-param name="value" select="string($fields[@name = 'charges_first_copy']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Response time</xsl:with-param>
          <xsl:with-param name="name">response_time</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Response time in days</xsl:with-param>
          <xsl:with-param name="name">response_days</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Within one month</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="yes-no-words">
              <xsl:with-param name="value" select="string($fields[@name = 'response_within_month']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
    <section class="section" aria-labelledby="ro-notice">
      <h2 id="ro-notice">Privacy notice</h2>
      <dl class="summary">
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Where it is published</xsl:with-param>
          <xsl:with-param name="name">notice_url</xsl:with-param>
          <xsl:with-param name="kind">url</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Last updated</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="format-date">
              <xsl:with-param name="date" select="string($fields[@name = 'notice_updated']/@value)"/>
              <xsl:with-param name="weekday">no</xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>
</xsl:stylesheet>
