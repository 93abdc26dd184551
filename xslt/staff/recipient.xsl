<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/recipient.xsl: one recipient of the register (a vendor such as
  Stripe, an independent controller, a public authority, an internal
  team): the form that creates or edits it, its locations, the activities
  that use it, and retiring it.

  Document:
    <recipient-edit><meta/>
      <organisation id slug jurisdiction><name/></organisation>
      <recipient id version retired?><name/></recipient>   (absent on /new)
      <form errors><field name value error?/> ... one per column</form>
      <problem/>?     (a version conflict; a retire refused while in use)
      <locations>...</locations>         (see locations.xsl; absent on /new)
      <used-by><activity id>name</activity>*</used-by>   (absent on /new)
      <choices>
        <countries/><mechanisms/>        (see locations.xsl; absent on /new)
        <kinds><option code>name</option>*</kinds>
      </choices>
    </recipient-edit>

  The main form posts to the page's own URL: csrf, the fields, and for an
  existing recipient version and action=save. Retire is its own form
  (action=retire, version, csrf). A viewer, and anyone looking at a
  retired recipient, sees the record without any form.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="locations.xsl"/>

  <xsl:variable name="org" select="/recipient-edit/organisation"/>
  <xsl:variable name="rec" select="/recipient-edit/recipient"/>
  <xsl:variable name="kinds" select="/recipient-edit/choices/kinds/option"/>
  <xsl:variable name="used-by" select="/recipient-edit/used-by/activity"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>
  <xsl:variable name="register-href" select="concat($org-href, '/register')"/>
  <xsl:variable name="rec-href" select="concat($org-href, '/recipients/', $rec/@id)"/>
  <xsl:variable name="action">
    <xsl:choose>
      <xsl:when test="$rec"><xsl:value-of select="$rec-href"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat($org-href, '/recipients/new')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="is-retired" select="$rec/@retired = '1'"/>
  <xsl:variable name="editable" select="$can-write and not($is-retired)"/>
  <xsl:variable name="rec-name">
    <xsl:choose>
      <xsl:when test="normalize-space($rec/name) != ''"><xsl:value-of select="$rec/name"/></xsl:when>
      <xsl:otherwise>Unnamed recipient</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">
        <xsl:choose>
          <xsl:when test="not($rec)">
            <xsl:value-of select="concat('New recipient – ', $org/name)"/>
          </xsl:when>
          <xsl:when test="$editable">
            <xsl:value-of select="concat('Edit ', $rec-name, ' – ', $org/name)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat($rec-name, ' – ', $org/name)"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="heading">
        <xsl:choose>
          <xsl:when test="$rec"><xsl:value-of select="$rec-name"/></xsl:when>
          <xsl:otherwise>New recipient</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="back-href" select="$register-href"/>
      <xsl:with-param name="back-text">Back to the register</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="recipient-edit"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="recipient-edit">
    <xsl:if test="$rec">
      <ul class="actions">
        <li>
          <xsl:choose>
            <xsl:when test="$is-retired">
              <xsl:call-template name="tag">
                <xsl:with-param name="text">Retired</xsl:with-param>
                <xsl:with-param name="colour">red</xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>
              <xsl:call-template name="tag">
                <xsl:with-param name="text">In the register</xsl:with-param>
                <xsl:with-param name="colour">green</xsl:with-param>
              </xsl:call-template>
            </xsl:otherwise>
          </xsl:choose>
        </li>
        <li>Version <xsl:value-of select="$rec/@version"/></li>
        <li><a href="{$rec-href}/history">History of changes<span class="visually-hidden"> to <xsl:value-of select="$rec-name"/></span></a></li>
      </ul>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$editable">
        <xsl:call-template name="edit-form"/>
      </xsl:when>
      <xsl:when test="not($rec)">
        <p>Your account can read the register but not change it, so it cannot add a recipient.</p>
        <p><a href="{$register-href}">Back to the register</a></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$is-retired">
          <p>This recipient is retired: it is left out of the register, and its record and history are kept.</p>
        </xsl:if>
        <xsl:if test="not($can-write)">
          <p class="muted">Your account can read the register but not change it.</p>
        </xsl:if>
        <xsl:call-template name="read-only"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$rec">
      <xsl:call-template name="locations-section">
        <xsl:with-param name="action" select="$rec-href"/>
        <xsl:with-param name="whose">this recipient</xsl:with-param>
        <xsl:with-param name="editable" select="$editable"/>
      </xsl:call-template>
      <xsl:call-template name="used-by"/>
      <xsl:if test="$editable">
        <xsl:call-template name="retire-form"/>
      </xsl:if>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The form                                                          -->

  <xsl:template name="edit-form">
    <form method="post" action="{$action}" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:if test="$rec">
        <xsl:call-template name="hidden">
          <xsl:with-param name="name">version</xsl:with-param>
          <xsl:with-param name="value" select="$rec/@version"/>
        </xsl:call-template>
        <xsl:call-template name="hidden">
          <xsl:with-param name="name">action</xsl:with-param>
          <xsl:with-param name="value">save</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <p>Only the name and the kind are required. Record what you know: the <a href="{$org-href}/checks">checks</a> list what is still missing, such as a processor’s contract.</p>

      <fieldset class="form-section" id="s-who">
        <legend class="form-section-legend"><h2>Who they are</h2></legend>
        <xsl:call-template name="control">
          <xsl:with-param name="name">name</xsl:with-param>
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="hint">The company or body, such as Stripe or HM Revenue and Customs, or a category such as “IT support providers”.</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">kind</xsl:with-param>
          <xsl:with-param name="label">Kind of recipient</xsl:with-param>
          <xsl:with-param name="hint">
            <ul class="hint-list">
              <li><strong>Processor</strong>: processes the data on the organisation’s behalf, under a contract (Art 28).</li>
              <li><strong>Independent controller</strong>: decides for itself what it does with the data it receives.</li>
              <li><strong>A category of recipients</strong>: where the notice names a kind of recipient, not a body.</li>
            </ul>
          </xsl:with-param>
          <xsl:with-param name="type">select</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:variable name="current" select="string($fields[@name = 'kind']/@value)"/>
            <xsl:if test="not($kinds[@code = $current])">
              <xsl:call-template name="option">
                <xsl:with-param name="value" select="''"/>
                <xsl:with-param name="text">Choose a kind</xsl:with-param>
                <xsl:with-param name="current" select="''"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:for-each select="$kinds">
              <xsl:call-template name="option">
                <xsl:with-param name="value" select="string(@code)"/>
                <xsl:with-param name="text" select="string(.)"/>
                <xsl:with-param name="current" select="$current"/>
              </xsl:call-template>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">service</xsl:with-param>
          <xsl:with-param name="label">Service provided</xsl:with-param>
          <xsl:with-param name="hint">What it does for the organisation, such as card payments or email newsletters.</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">contact</xsl:with-param>
          <xsl:with-param name="label">Contact details</xsl:with-param>
          <xsl:with-param name="hint">Its privacy contact or DPO, and its address.</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-contract">
        <legend class="form-section-legend"><h2>Contract and certification</h2></legend>
        <xsl:call-template name="control">
          <xsl:with-param name="name">contract_ref</xsl:with-param>
          <xsl:with-param name="label">Contract reference</xsl:with-param>
          <xsl:with-param name="hint">The data processing agreement or contract that Art 28 requires of a processor.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">contract_date</xsl:with-param>
          <xsl:with-param name="label">Contract date</xsl:with-param>
          <xsl:with-param name="hint">YYYY-MM-DD, for example 2024-03-01.</xsl:with-param>
          <xsl:with-param name="width">short</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">certifications</xsl:with-param>
          <xsl:with-param name="label">Certifications</xsl:with-param>
          <xsl:with-param name="hint">Such as ISO 27001 or PCI DSS Level 1.</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
          <xsl:with-param name="rows">2</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">dpf_certified</xsl:with-param>
          <xsl:with-param name="label">On the Data Privacy Framework list?</xsl:with-param>
          <xsl:with-param name="hint">For a US recipient: certified under the EU-US Data Privacy Framework (and its UK Extension, for the UK GDPR).</xsl:with-param>
          <xsl:with-param name="type">select</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="yes-no-options">
              <xsl:with-param name="current" select="string($fields[@name = 'dpf_certified']/@value)"/>
              <xsl:with-param name="empty">Not known</xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="control">
          <xsl:with-param name="name">dpf_verified</xsl:with-param>
          <xsl:with-param name="label">Date the list was last checked</xsl:with-param>
          <xsl:with-param name="hint">YYYY-MM-DD.</xsl:with-param>
          <xsl:with-param name="width">short</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-note">
        <legend class="form-section-legend"><h2>Note</h2></legend>
        <xsl:call-template name="control">
          <xsl:with-param name="name">note</xsl:with-param>
          <xsl:with-param name="label">Note</xsl:with-param>
          <xsl:with-param name="hint">The words of the privacy notice about this recipient, or anything else the DPO should know.</xsl:with-param>
          <xsl:with-param name="type">textarea</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <div class="actions">
        <button type="submit" class="button">
          <xsl:choose>
            <xsl:when test="$rec">Save changes</xsl:when>
            <xsl:otherwise>Add recipient</xsl:otherwise>
          </xsl:choose>
        </button>
        <a href="{$register-href}">Cancel</a>
      </div>
    </form>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The record without forms (viewers; retired recipients)           -->

  <xsl:template name="read-only">
    <section class="section" aria-labelledby="ro-who">
      <h2 id="ro-who">Who they are</h2>
      <dl class="summary">
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="name">name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Kind of recipient</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:variable name="k" select="string($fields[@name = 'kind']/@value)"/>
            <xsl:choose>
              <xsl:when test="$kinds[@code = $k]"><xsl:value-of select="$kinds[@code = $k]"/></xsl:when>
              <xsl:otherwise><xsl:value-of select="$k"/></xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Service provided</xsl:with-param>
          <xsl:with-param name="name">service</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Contact details</xsl:with-param>
          <xsl:with-param name="name">contact</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
    <section class="section" aria-labelledby="ro-contract">
      <h2 id="ro-contract">Contract and certification</h2>
      <dl class="summary">
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Contract reference</xsl:with-param>
          <xsl:with-param name="name">contract_ref</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Contract date</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="format-date">
              <xsl:with-param name="date" select="string($fields[@name = 'contract_date']/@value)"/>
              <xsl:with-param name="weekday">no</xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Certifications</xsl:with-param>
          <xsl:with-param name="name">certifications</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">On the Data Privacy Framework list</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="yes-no-words">
              <xsl:with-param name="value" select="string($fields[@name = 'dpf_certified']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">List last checked</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="format-date">
              <xsl:with-param name="date" select="string($fields[@name = 'dpf_verified']/@value)"/>
              <xsl:with-param name="weekday">no</xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="value-row">
          <xsl:with-param name="label">Note</xsl:with-param>
          <xsl:with-param name="name">note</xsl:with-param>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The activities that use it, and retiring it                       -->

  <xsl:template name="used-by">
    <section class="section" id="used-by" aria-labelledby="used-by-title">
      <h2 id="used-by-title">Activities that use it</h2>
      <xsl:choose>
        <xsl:when test="$used-by">
          <ul>
            <xsl:for-each select="$used-by">
              <li><a href="{$org-href}/activities/{@id}"><xsl:value-of select="."/></a></li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted">No activity in the register discloses data to this recipient.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="retire-form">
    <section class="section retire" aria-labelledby="retire-title">
      <h2 id="retire-title">Retire this recipient</h2>
      <xsl:choose>
        <xsl:when test="$used-by">
          <p>It cannot be retired while activities use it. Take it out of each activity listed above first.</p>
        </xsl:when>
        <xsl:otherwise>
          <p>Retire it when the organisation no longer discloses data to it. It leaves the register and its history is kept. Changes not saved above are lost.</p>
          <form method="post" action="{$rec-href}">
            <xsl:call-template name="csrf"/>
            <xsl:call-template name="hidden">
              <xsl:with-param name="name">version</xsl:with-param>
              <xsl:with-param name="value" select="$rec/@version"/>
            </xsl:call-template>
            <input type="hidden" name="action" value="retire"/>
            <button type="submit" class="button button-warning">Retire recipient</button>
          </form>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>
</xsl:stylesheet>
