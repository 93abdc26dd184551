<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/activity.xsl: one processing activity of the register (a row of the
  Art 30 record): the form that creates or edits it, grouped as a DPO reads
  the record, and the small forms that retire or restore it.

  Document:
    <activity-edit><meta/>
      <organisation id slug jurisdiction><name/></organisation>
      <activity id version status><name/></activity>   (absent on /new)
      <findings>                 (absent on /new and for a retired activity)
        <finding code severity article><message/><fix/></finding>*
      </findings>
      <form errors><field name value error?/> ... one per column</form>
      <problem/>?        (a version conflict, a link that is not the org's)
      <choices>
        <subjects><option id code selected?>name</option>*</subjects>
        <data><option id code special criminal selected?>name</option>*</data>
        <recipients><option id selected?>name</option>*</recipients>
        <bases><option code article>name</option>*</bases>
        <art9><option code article>name</option>*</art9>
      </choices>
    </activity-edit>

  The form posts to the page's own URL: csrf, and for an existing activity
  version and action=save; the checkbox groups repeat their key (subject,
  data, recipient), one per ticked id. Retire and restore are their own
  forms (action=retire|restore, csrf, version).

  A viewer, and anyone looking at a retired activity, sees the record as a
  read-only summary (a retired activity is restored before it is edited:
  the status field offers only draft and active).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="org" select="/activity-edit/organisation"/>
  <xsl:variable name="act" select="/activity-edit/activity"/>
  <xsl:variable name="choices" select="/activity-edit/choices"/>
  <xsl:variable name="fields" select="/activity-edit/form/field"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>
  <xsl:variable name="register-href" select="concat($org-href, '/register')"/>
  <xsl:variable name="act-href" select="concat($org-href, '/activities/', $act/@id)"/>
  <xsl:variable name="action">
    <xsl:choose>
      <xsl:when test="$act">
        <xsl:value-of select="$act-href"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="concat($org-href, '/activities/new')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>
  <xsl:variable name="can-write" select="$account and not($account/@role = 'viewer')"/>
  <xsl:variable name="is-retired" select="$act/@status = 'retired'"/>
  <xsl:variable name="editable" select="$can-write and not($is-retired)"/>
  <xsl:variable name="is-uk" select="$org/@jurisdiction = 'uk'"/>
  <xsl:variable name="act-name">
    <xsl:choose>
      <xsl:when test="normalize-space($act/name) != ''">
        <xsl:value-of select="$act/name"/>
      </xsl:when>
      <xsl:otherwise>Untitled activity</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">
        <xsl:choose>
          <xsl:when test="not($act)">
            <xsl:value-of select="concat('New processing activity – ', $org/name)"/>
          </xsl:when>
          <xsl:when test="$editable">
            <xsl:value-of select="concat('Edit ', $act-name, ' – ', $org/name)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat($act-name, ' – ', $org/name)"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="heading">
        <xsl:choose>
          <xsl:when test="$act"><xsl:value-of select="$act-name"/></xsl:when>
          <xsl:otherwise>New processing activity</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="back-href" select="$register-href"/>
      <xsl:with-param name="back-text">Back to the register</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="activity-edit"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="activity-edit">
    <xsl:if test="$act">
      <xsl:call-template name="activity-status"/>
    </xsl:if>
    <xsl:apply-templates select="findings"/>
    <xsl:choose>
      <xsl:when test="$editable">
        <xsl:call-template name="edit-form"/>
        <xsl:if test="$act">
          <xsl:call-template name="retire-form"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="not($act)">
        <p>Your account can read the register but not change it, so it cannot add an activity.</p>
        <p><a href="{$register-href}">Back to the register</a></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="$is-retired">
          <p>This activity is retired: it is left out of the register, and its record and history are kept.</p>
        </xsl:if>
        <xsl:if test="not($can-write)">
          <p class="muted">Your account can read the register but not change it.</p>
        </xsl:if>
        <xsl:call-template name="read-only"/>
        <xsl:if test="$can-write">
          <xsl:call-template name="retire-form"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Status, version and the link to the history, above the record. -->
  <xsl:template name="activity-status">
    <ul class="actions activity-status">
      <li>
        <xsl:call-template name="status-tag">
          <xsl:with-param name="status" select="$act/@status"/>
        </xsl:call-template>
      </li>
      <li>Version <xsl:value-of select="$act/@version"/></li>
      <li><a href="{$act-href}/history">History of changes<span class="visually-hidden"> to <xsl:value-of select="$act-name"/></span></a></li>
    </ul>
  </xsl:template>

  <!-- What the checks say about this activity, above the record. -->
  <xsl:template match="findings">
    <section class="section panel activity-findings" aria-labelledby="findings-title">
      <h2 id="findings-title">What the checks say about this activity</h2>
      <xsl:choose>
        <xsl:when test="finding">
          <ol class="findings">
            <xsl:for-each select="finding">
              <li class="finding finding-{@severity}">
                <p class="finding-head">
                  <xsl:choose>
                    <xsl:when test="@severity = 'error'">
                      <xsl:call-template name="tag">
                        <xsl:with-param name="text">Error</xsl:with-param>
                        <xsl:with-param name="colour">red</xsl:with-param>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:when test="@severity = 'warning'">
                      <xsl:call-template name="tag">
                        <xsl:with-param name="text">Warning</xsl:with-param>
                        <xsl:with-param name="colour">yellow</xsl:with-param>
                      </xsl:call-template>
                    </xsl:when>
                    <xsl:otherwise>
                      <xsl:call-template name="tag">
                        <xsl:with-param name="text">For information</xsl:with-param>
                        <xsl:with-param name="colour">blue</xsl:with-param>
                      </xsl:call-template>
                    </xsl:otherwise>
                  </xsl:choose>
                  <xsl:text> </xsl:text>
                  <span class="finding-code"><span class="visually-hidden">Check </span><xsl:value-of select="@code"/></span>
                  <xsl:if test="normalize-space(@article) != ''">
                    <xsl:text> </xsl:text>
                    <span class="finding-article"><span class="visually-hidden">under </span><xsl:value-of select="@article"/></span>
                  </xsl:if>
                </p>
                <p class="finding-message"><xsl:value-of select="message"/></p>
                <xsl:if test="normalize-space(fix) != ''">
                  <dl class="finding-details">
                    <div>
                      <dt>How to fix</dt>
                      <dd><xsl:value-of select="fix"/></dd>
                    </div>
                  </dl>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise>
          <p>No problems found: every check of this activity passes.</p>
        </xsl:otherwise>
      </xsl:choose>
      <p class="muted"><a href="{$org-href}/checks">All the checks of <xsl:value-of select="$org/name"/></a></p>
    </section>
  </xsl:template>

  <xsl:template name="status-tag">
    <xsl:param name="status"/>
    <xsl:choose>
      <xsl:when test="$status = 'active'">
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Active</xsl:with-param>
          <xsl:with-param name="colour">green</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$status = 'retired'">
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Retired</xsl:with-param>
          <xsl:with-param name="colour">red</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Draft</xsl:with-param>
          <xsl:with-param name="colour">grey</xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The form                                                          -->

  <xsl:template name="edit-form">
    <form method="post" action="{$action}" novalidate="novalidate" class="activity-form">
      <xsl:call-template name="csrf"/>
      <xsl:if test="$act">
        <xsl:call-template name="hidden">
          <xsl:with-param name="name">version</xsl:with-param>
          <xsl:with-param name="value" select="$act/@version"/>
        </xsl:call-template>
        <xsl:call-template name="hidden">
          <xsl:with-param name="name">action</xsl:with-param>
          <xsl:with-param name="value">save</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <p>Only the name, the role and the status are required. Record what you know: the <a href="{$org-href}/checks">checks</a> list what the record still lacks.</p>

      <fieldset class="form-section" id="s-what">
        <legend class="form-section-legend"><h2>What and why</h2></legend>
        <xsl:call-template name="input">
          <xsl:with-param name="name">name</xsl:with-param>
          <xsl:with-param name="label">Name of the activity</xsl:with-param>
          <xsl:with-param name="hint">Short and recognisable, such as Payroll or Customer accounts and billing.</xsl:with-param>
          <xsl:with-param name="required">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">description</xsl:with-param>
          <xsl:with-param name="label">Description</xsl:with-param>
          <xsl:with-param name="hint">What happens to the data, in a sentence or two.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">business_function</xsl:with-param>
          <xsl:with-param name="label">Business function</xsl:with-param>
          <xsl:with-param name="hint">The part of the organisation it belongs to, such as Finance or Customer support.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">role</xsl:with-param>
          <xsl:with-param name="label">Role of the organisation</xsl:with-param>
          <xsl:with-param name="hint">
            <ul class="hint-list">
              <li><strong>Controller</strong>: it decides why and how the data is processed (Art 30(1)).</li>
              <li><strong>Joint controller</strong>: it decides that together with others (Art 26).</li>
              <li><strong>Processor</strong>: it processes the data for another controller (Art 30(2)).</li>
            </ul>
          </xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="role-choice-options">
              <xsl:with-param name="current" select="string($fields[@name = 'role']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">controller_name</xsl:with-param>
          <xsl:with-param name="label">Controller acted for</xsl:with-param>
          <xsl:with-param name="hint">Only for a processor activity: the controller the organisation processes for (Art 30(2)(a)).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">controller_contact</xsl:with-param>
          <xsl:with-param name="label">Controller’s contact details</xsl:with-param>
          <xsl:with-param name="hint">Only for a processor activity: how to reach that controller, its representative and its DPO.</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">joint_controllers</xsl:with-param>
          <xsl:with-param name="label">Joint controllers</xsl:with-param>
          <xsl:with-param name="hint">Only for a joint-controller activity: who the other controllers are and how to contact them (Art 26, Art 30(1)(a)).</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">purposes</xsl:with-param>
          <xsl:with-param name="label">Purposes of the processing</xsl:with-param>
          <xsl:with-param name="hint">Why the data is processed (Art 30(1)(b)).</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-basis">
        <legend class="form-section-legend"><h2>Lawful basis</h2></legend>
        <xsl:call-template name="select">
          <xsl:with-param name="name">lawful_basis</xsl:with-param>
          <xsl:with-param name="label">Lawful basis</xsl:with-param>
          <xsl:with-param name="hint">Art 6(1). A processor activity relies on its controller’s basis.</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="code-options">
              <xsl:with-param name="list" select="$choices/bases/option"/>
              <xsl:with-param name="current" select="string($fields[@name = 'lawful_basis']/@value)"/>
              <xsl:with-param name="empty">Not recorded</xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">lawful_basis_detail</xsl:with-param>
          <xsl:with-param name="label">Detail of the basis</xsl:with-param>
          <xsl:with-param name="hint">The legitimate interest pursued, the contract, or the law that requires the processing.</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">lia_ref</xsl:with-param>
          <xsl:with-param name="label">Legitimate interests assessment</xsl:with-param>
          <xsl:with-param name="hint">For legitimate interests: where the balancing test is recorded.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">consent_ref</xsl:with-param>
          <xsl:with-param name="label">Record of consent</xsl:with-param>
          <xsl:with-param name="hint">For consent: where consent is recorded and how it is withdrawn.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-special">
        <legend class="form-section-legend"><h2>Special and criminal data</h2></legend>
        <xsl:call-template name="select">
          <xsl:with-param name="name">art9_condition</xsl:with-param>
          <xsl:with-param name="label">Condition for special category data</xsl:with-param>
          <xsl:with-param name="hint">
            <xsl:text>Art 9(2): needed when the activity processes special category data, such as health, ethnic origin or biometrics.</xsl:text>
            <xsl:if test="$is-uk"> Under the UK GDPR, conditions (b), (g), (h), (i) and (j) also need a condition of the DPA 2018, Schedule 1: give it in the detail.</xsl:if>
          </xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="code-options">
              <xsl:with-param name="list" select="$choices/art9/option"/>
              <xsl:with-param name="current" select="string($fields[@name = 'art9_condition']/@value)"/>
              <xsl:with-param name="empty">None recorded</xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">art9_detail</xsl:with-param>
          <xsl:with-param name="label">Detail of the condition</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="yes-no-radios">
          <xsl:with-param name="name">has_criminal_data</xsl:with-param>
          <xsl:with-param name="legend">Does it process criminal offence data?</xsl:with-param>
          <xsl:with-param name="hint">Art 10: personal data about criminal convictions and offences or related security measures.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">criminal_detail</xsl:with-param>
          <xsl:with-param name="label">Authority for criminal offence data</xsl:with-param>
          <xsl:with-param name="hint">
            <xsl:choose>
              <xsl:when test="$is-uk">The official authority, or the condition of the DPA 2018, Schedule 1, it relies on.</xsl:when>
              <xsl:otherwise>The official authority, or the Union or Member State law, it relies on.</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-categories">
        <legend class="form-section-legend"><h2>Whose data, what data</h2></legend>
        <xsl:call-template name="checkboxes">
          <xsl:with-param name="name">subject</xsl:with-param>
          <xsl:with-param name="legend">Categories of data subjects</xsl:with-param>
          <xsl:with-param name="hint">Whose personal data it is (Art 30(1)(c)). Select all that apply.</xsl:with-param>
          <xsl:with-param name="list" select="$choices/subjects/option"/>
          <xsl:with-param name="empty">There are no categories of data subjects to choose from yet.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="checkboxes">
          <xsl:with-param name="name">data</xsl:with-param>
          <xsl:with-param name="legend">Categories of personal data</xsl:with-param>
          <xsl:with-param name="hint">What personal data it holds (Art 30(1)(c)). Select all that apply. Special category and criminal offence data are marked: they need a condition under Special and criminal data.</xsl:with-param>
          <xsl:with-param name="list" select="$choices/data/option"/>
          <xsl:with-param name="empty">There are no categories of personal data to choose from yet.</xsl:with-param>
        </xsl:call-template>
        <p class="hint"><a href="{$org-href}/categories">Add a category</a> of personal data or of data subjects when none of these fits (save your changes here first).</p>
      </fieldset>

      <xsl:call-template name="checkboxes">
        <xsl:with-param name="name">recipient</xsl:with-param>
        <xsl:with-param name="legend">Recipients</xsl:with-param>
        <xsl:with-param name="hint">Who the data is disclosed to, processors included (Art 30(1)(d)). Select all that apply.</xsl:with-param>
        <xsl:with-param name="list" select="$choices/recipients/option"/>
        <xsl:with-param name="empty">This organisation has no recipients in its register yet.</xsl:with-param>
        <xsl:with-param name="section">yes</xsl:with-param>
      </xsl:call-template>

      <fieldset class="form-section" id="s-retention">
        <legend class="form-section-legend"><h2>Source and retention</h2></legend>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">source</xsl:with-param>
          <xsl:with-param name="label">Source of the data</xsl:with-param>
          <xsl:with-param name="hint">Where the data comes from when it is not collected from the person (Art 14(2)(f)).</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
        <p class="hint">How long the data is kept (Art 30(1)(f)): a period in months or in days and the event it runs from, or a rule when it is not a fixed period.</p>
        <div class="field-row">
          <xsl:call-template name="input">
            <xsl:with-param name="name">retention_months</xsl:with-param>
            <xsl:with-param name="label">Retention in months</xsl:with-param>
            <xsl:with-param name="hint">A whole number, such as 26.</xsl:with-param>
            <xsl:with-param name="width">short</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">retention_days</xsl:with-param>
            <xsl:with-param name="label">Retention in days</xsl:with-param>
            <xsl:with-param name="hint">A whole number, such as 100.</xsl:with-param>
            <xsl:with-param name="width">short</xsl:with-param>
          </xsl:call-template>
        </div>
        <xsl:call-template name="input">
          <xsl:with-param name="name">retention_event</xsl:with-param>
          <xsl:with-param name="label">The period runs from</xsl:with-param>
          <xsl:with-param name="hint">The event, such as the end of the contract or the last login.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">retention_rule</xsl:with-param>
          <xsl:with-param name="label">Retention rule</xsl:with-param>
          <xsl:with-param name="hint">When it is not a fixed period: the rule as stated, such as until the account is closed.</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-security">
        <legend class="form-section-legend"><h2>Security and risk</h2></legend>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">security_measures</xsl:with-param>
          <xsl:with-param name="label">Security measures</xsl:with-param>
          <xsl:with-param name="hint">A general description of the technical and organisational measures (Art 30(1)(g), Art 32(1)).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">dpia_status</xsl:with-param>
          <xsl:with-param name="label">Data protection impact assessment</xsl:with-param>
          <xsl:with-param name="hint">Art 35: needed when the processing is likely to result in a high risk to people.</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="dpia-options">
              <xsl:with-param name="current" select="string($fields[@name = 'dpia_status']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">dpia_ref</xsl:with-param>
          <xsl:with-param name="label">DPIA reference</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">has_automated_decisions</xsl:with-param>
          <xsl:with-param name="label">Does it make decisions based solely on automated processing?</xsl:with-param>
          <xsl:with-param name="hint">Art 22: decisions, profiling included, with legal or similarly significant effects on the person.</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="yes-no-options">
              <xsl:with-param name="current" select="string($fields[@name = 'has_automated_decisions']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">automated_decisions</xsl:with-param>
          <xsl:with-param name="label">Automated decisions</xsl:with-param>
          <xsl:with-param name="hint">What is decided, the logic involved, and its significance and effects for the person.</xsl:with-param>
          <xsl:with-param name="rows">3</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">is_automated</xsl:with-param>
          <xsl:with-param name="label">Is the processing carried out by automated means?</xsl:with-param>
          <xsl:with-param name="hint">Art 20(1)(b): with consent or a contract as the basis, this gives people the right to data portability.</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:call-template name="yes-no-options">
              <xsl:with-param name="current" select="string($fields[@name = 'is_automated']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <fieldset class="form-section" id="s-review">
        <legend class="form-section-legend"><h2>Status and review</h2></legend>
        <xsl:call-template name="select">
          <xsl:with-param name="name">status</xsl:with-param>
          <xsl:with-param name="label">Status</xsl:with-param>
          <xsl:with-param name="hint">Draft while the record is being completed; active once it describes processing that takes place.</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:variable name="current" select="string($fields[@name = 'status']/@value)"/>
            <xsl:call-template name="option">
              <xsl:with-param name="value">draft</xsl:with-param>
              <xsl:with-param name="text">Draft</xsl:with-param>
              <xsl:with-param name="current" select="$current"/>
            </xsl:call-template>
            <xsl:call-template name="option">
              <xsl:with-param name="value">active</xsl:with-param>
              <xsl:with-param name="text">Active</xsl:with-param>
              <xsl:with-param name="current" select="$current"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">owner</xsl:with-param>
          <xsl:with-param name="label">Owner</xsl:with-param>
          <xsl:with-param name="hint">Who answers for this activity, such as the Head of Finance.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
        </xsl:call-template>
        <div class="field-row">
          <xsl:call-template name="input">
            <xsl:with-param name="name">last_reviewed</xsl:with-param>
            <xsl:with-param name="label">Last reviewed</xsl:with-param>
            <xsl:with-param name="hint">As YYYY-MM-DD, for example 2026-11-23.</xsl:with-param>
            <xsl:with-param name="width">short</xsl:with-param>
            <xsl:with-param name="spellcheck">no</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="input">
            <xsl:with-param name="name">next_review</xsl:with-param>
            <xsl:with-param name="label">Next review due</xsl:with-param>
            <xsl:with-param name="hint">As YYYY-MM-DD, for example 2027-05-31.</xsl:with-param>
            <xsl:with-param name="width">short</xsl:with-param>
            <xsl:with-param name="spellcheck">no</xsl:with-param>
          </xsl:call-template>
        </div>
      </fieldset>

      <fieldset class="form-section" id="s-notes">
        <legend class="form-section-legend"><h2>Note</h2></legend>
        <xsl:call-template name="textarea">
          <xsl:with-param name="name">note</xsl:with-param>
          <xsl:with-param name="label">Anything else to record</xsl:with-param>
          <xsl:with-param name="hint">Such as the words of the privacy notice this record was taken from.</xsl:with-param>
        </xsl:call-template>
      </fieldset>

      <div class="form-actions">
        <button type="submit" class="button">
          <xsl:choose>
            <xsl:when test="$act">Save changes</xsl:when>
            <xsl:otherwise>Add activity</xsl:otherwise>
          </xsl:choose>
        </button>
        <a href="{$register-href}">Cancel</a>
      </div>
    </form>
  </xsl:template>

  <!-- Retire (or, when retired, restore): a form of its own. -->
  <xsl:template name="retire-form">
    <section class="section retire" aria-labelledby="retire-title">
      <form method="post" action="{$act-href}">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="hidden">
          <xsl:with-param name="name">version</xsl:with-param>
          <xsl:with-param name="value" select="$act/@version"/>
        </xsl:call-template>
        <xsl:choose>
          <xsl:when test="$is-retired">
            <h2 id="retire-title">Restore this activity</h2>
            <p>A retired activity is left out of the register. Restoring it brings it back as a draft, to review and make active again.</p>
            <input type="hidden" name="action" value="restore"/>
            <button type="submit" class="button button-secondary">Restore activity</button>
          </xsl:when>
          <xsl:otherwise>
            <h2 id="retire-title">Retire this activity</h2>
            <p>Retire it when the processing has stopped. It leaves the register, its history is kept, and it can be restored. Changes not saved above are lost.</p>
            <input type="hidden" name="action" value="retire"/>
            <button type="submit" class="button button-warning">Retire activity</button>
          </xsl:otherwise>
        </xsl:choose>
      </form>
    </section>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Form pieces                                                       -->

  <!--
    textarea: a labelled multi-line field, id "f-NAME", as layout's input.
      name, label, hint   as for input
      rows                the height (default 5)
      value               defaults to the form's value of NAME
  -->
  <xsl:template name="textarea">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint"/>
    <xsl:param name="rows" select="5"/>
    <xsl:param name="value" select="string($fields[@name = $name]/@value)"/>
    <xsl:variable name="error" select="$fields[@name = $name]/@error"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>field</xsl:text>
        <xsl:if test="$error != ''"> field-error</xsl:if>
      </xsl:attribute>
      <label class="label" for="f-{$name}"><xsl:value-of select="$label"/></label>
      <xsl:call-template name="field-notes">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="error" select="$error"/>
      </xsl:call-template>
      <textarea id="f-{$name}" name="{$name}" rows="{$rows}">
        <xsl:attribute name="class">
          <xsl:text>textarea</xsl:text>
          <xsl:if test="$error != ''"> input-error</xsl:if>
        </xsl:attribute>
        <xsl:call-template name="describedby">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="hint" select="$hint"/>
          <xsl:with-param name="error" select="$error"/>
        </xsl:call-template>
        <!-- HTML drops one line break right after <textarea>: keep the value's own. -->
        <xsl:if test="starts-with($value, '&#10;') or starts-with($value, '&#13;')">
          <xsl:text>&#10;</xsl:text>
        </xsl:if>
        <xsl:value-of select="$value"/>
      </textarea>
    </div>
  </xsl:template>

  <!--
    checkboxes: a group of checkboxes in a fieldset, one per option of
    list, all named NAME with the option's id as the value; ticked when
    the option is selected. Data categories carry a tag when special or
    criminal.
      name, legend, hint, list, empty (said when list is empty)
      section   'yes' makes the group a section of the form (an h2 legend)
  -->
  <xsl:template name="checkboxes">
    <xsl:param name="name"/>
    <xsl:param name="legend"/>
    <xsl:param name="hint"/>
    <xsl:param name="list"/>
    <xsl:param name="empty"/>
    <xsl:param name="section"/>
    <fieldset id="f-{$name}" aria-describedby="f-{$name}-hint">
      <xsl:attribute name="class">
        <xsl:choose>
          <xsl:when test="$section = 'yes'">form-section</xsl:when>
          <xsl:otherwise>field fieldset</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:choose>
        <xsl:when test="$section = 'yes'">
          <legend class="form-section-legend"><h2><xsl:value-of select="$legend"/></h2></legend>
        </xsl:when>
        <xsl:otherwise>
          <legend class="legend"><xsl:value-of select="$legend"/></legend>
        </xsl:otherwise>
      </xsl:choose>
      <div class="hint" id="f-{$name}-hint"><xsl:value-of select="$hint"/></div>
      <xsl:choose>
        <xsl:when test="$list">
          <div class="checkboxes">
            <xsl:for-each select="$list">
              <div class="checkbox">
                <input class="checkbox-input" type="checkbox" id="f-{$name}-{@id}" name="{$name}" value="{@id}">
                  <xsl:if test="@selected = '1'">
                    <xsl:attribute name="checked">checked</xsl:attribute>
                  </xsl:if>
                </input>
                <label class="checkbox-label" for="f-{$name}-{@id}">
                  <xsl:value-of select="."/>
                  <xsl:call-template name="category-tags"/>
                </label>
              </div>
            </xsl:for-each>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted"><xsl:value-of select="$empty"/></p>
        </xsl:otherwise>
      </xsl:choose>
    </fieldset>
  </xsl:template>

  <!-- The tags of a data category option (context): special, criminal. -->
  <xsl:template name="category-tags">
    <xsl:if test="@special = '1'">
      <xsl:text> </xsl:text>
      <xsl:call-template name="tag">
        <xsl:with-param name="text">Special category</xsl:with-param>
        <xsl:with-param name="colour">yellow</xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="@criminal = '1'">
      <xsl:text> </xsl:text>
      <xsl:call-template name="tag">
        <xsl:with-param name="text">Criminal offence data</xsl:with-param>
        <xsl:with-param name="colour">red</xsl:with-param>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!--
    yes-no-radios: a yes (1) / no (0) question as two radios in a fieldset;
    the first has id "f-NAME" (where the error summary links). An empty
    value counts as no, which is what the server stores for it.
  -->
  <xsl:template name="yes-no-radios">
    <xsl:param name="name"/>
    <xsl:param name="legend"/>
    <xsl:param name="hint"/>
    <xsl:variable name="value" select="string($fields[@name = $name]/@value)"/>
    <xsl:variable name="error" select="$fields[@name = $name]/@error"/>
    <fieldset>
      <xsl:attribute name="class">
        <xsl:text>field fieldset</xsl:text>
        <xsl:if test="$error != ''"> field-error</xsl:if>
      </xsl:attribute>
      <xsl:if test="$hint != '' or $error != ''">
        <xsl:attribute name="aria-describedby">
          <xsl:if test="$hint != ''">f-<xsl:value-of select="$name"/>-hint</xsl:if>
          <xsl:if test="$hint != '' and $error != ''"><xsl:text> </xsl:text></xsl:if>
          <xsl:if test="$error != ''">f-<xsl:value-of select="$name"/>-error</xsl:if>
        </xsl:attribute>
      </xsl:if>
      <legend class="legend"><xsl:value-of select="$legend"/></legend>
      <xsl:call-template name="field-notes">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="error" select="$error"/>
      </xsl:call-template>
      <div class="radios radios-inline">
        <div class="radio">
          <input class="radio-input" type="radio" id="f-{$name}" name="{$name}" value="1">
            <xsl:if test="$value = '1'">
              <xsl:attribute name="checked">checked</xsl:attribute>
            </xsl:if>
          </input>
          <label class="radio-label" for="f-{$name}">Yes</label>
        </div>
        <div class="radio">
          <input class="radio-input" type="radio" id="f-{$name}-no" name="{$name}" value="0">
            <xsl:if test="$value = '0' or $value = ''">
              <xsl:attribute name="checked">checked</xsl:attribute>
            </xsl:if>
          </input>
          <label class="radio-label" for="f-{$name}-no">No</label>
        </div>
      </div>
    </fieldset>
  </xsl:template>

  <!--
    code-options: an empty option, then one per element of list (a code
    list: bases, Art 9 conditions) as "Name (article)". Art 6(1)(ea) is
    UK law only: an organisation under the EU GDPR is not offered it
    unless it is already the value.
  -->
  <xsl:template name="code-options">
    <xsl:param name="list"/>
    <xsl:param name="current"/>
    <xsl:param name="empty"/>
    <xsl:call-template name="option">
      <xsl:with-param name="value" select="''"/>
      <xsl:with-param name="text" select="$empty"/>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:for-each select="$list[not(@code = 'ea' and $org/@jurisdiction = 'eu' and $current != 'ea')]">
      <xsl:call-template name="option">
        <xsl:with-param name="value" select="string(@code)"/>
        <xsl:with-param name="text" select="concat(., ' (', @article, ')')"/>
        <xsl:with-param name="current" select="$current"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="role-choice-options">
    <xsl:param name="current"/>
    <xsl:call-template name="option">
      <xsl:with-param name="value">controller</xsl:with-param>
      <xsl:with-param name="text">Controller</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">joint-controller</xsl:with-param>
      <xsl:with-param name="text">Joint controller</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">processor</xsl:with-param>
      <xsl:with-param name="text">Processor</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="dpia-options">
    <xsl:param name="current"/>
    <xsl:call-template name="option">
      <xsl:with-param name="value" select="''"/>
      <xsl:with-param name="text">Not recorded</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">not-needed</xsl:with-param>
      <xsl:with-param name="text">Not needed</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">needed</xsl:with-param>
      <xsl:with-param name="text">Needed, not started</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">in-progress</xsl:with-param>
      <xsl:with-param name="text">In progress</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">done</xsl:with-param>
      <xsl:with-param name="text">Done</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="yes-no-options">
    <xsl:param name="current"/>
    <xsl:call-template name="option">
      <xsl:with-param name="value" select="''"/>
      <xsl:with-param name="text">Not recorded</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">1</xsl:with-param>
      <xsl:with-param name="text">Yes</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">0</xsl:with-param>
      <xsl:with-param name="text">No</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- The read-only record (viewers; retired activities)               -->

  <xsl:template name="read-only">
    <section class="section" aria-labelledby="ro-what">
      <h2 id="ro-what">What and why</h2>
      <dl class="summary">
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="name">name</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Description</xsl:with-param>
          <xsl:with-param name="name">description</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Business function</xsl:with-param>
          <xsl:with-param name="name">business_function</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Role of the organisation</xsl:with-param>
          <xsl:with-param name="name">role</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Controller acted for</xsl:with-param>
          <xsl:with-param name="name">controller_name</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Controller’s contact details</xsl:with-param>
          <xsl:with-param name="name">controller_contact</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Joint controllers</xsl:with-param>
          <xsl:with-param name="name">joint_controllers</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Purposes</xsl:with-param>
          <xsl:with-param name="name">purposes</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="ro-basis">
      <h2 id="ro-basis">Lawful basis</h2>
      <dl class="summary">
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Lawful basis</xsl:with-param>
          <xsl:with-param name="name">lawful_basis</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Detail of the basis</xsl:with-param>
          <xsl:with-param name="name">lawful_basis_detail</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Legitimate interests assessment</xsl:with-param>
          <xsl:with-param name="name">lia_ref</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Record of consent</xsl:with-param>
          <xsl:with-param name="name">consent_ref</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="ro-special">
      <h2 id="ro-special">Special and criminal data</h2>
      <dl class="summary">
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Condition for special category data</xsl:with-param>
          <xsl:with-param name="name">art9_condition</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Detail of the condition</xsl:with-param>
          <xsl:with-param name="name">art9_detail</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Criminal offence data</xsl:with-param>
          <xsl:with-param name="name">has_criminal_data</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Authority for criminal offence data</xsl:with-param>
          <xsl:with-param name="name">criminal_detail</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="ro-categories">
      <h2 id="ro-categories">Whose data, what data</h2>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Categories of data subjects</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="ro-list">
              <xsl:with-param name="list" select="$choices/subjects/option[@selected = '1']"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Categories of personal data</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="ro-list">
              <xsl:with-param name="list" select="$choices/data/option[@selected = '1']"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Recipients</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="ro-list">
              <xsl:with-param name="list" select="$choices/recipients/option[@selected = '1']"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="ro-retention">
      <h2 id="ro-retention">Source and retention</h2>
      <dl class="summary">
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Source of the data</xsl:with-param>
          <xsl:with-param name="name">source</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Retention period</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="period">
              <xsl:with-param name="months" select="string($fields[@name = 'retention_months']/@value)"/>
              <xsl:with-param name="days" select="string($fields[@name = 'retention_days']/@value)"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">The period runs from</xsl:with-param>
          <xsl:with-param name="name">retention_event</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Retention rule</xsl:with-param>
          <xsl:with-param name="name">retention_rule</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="ro-security">
      <h2 id="ro-security">Security and risk</h2>
      <dl class="summary">
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Security measures</xsl:with-param>
          <xsl:with-param name="name">security_measures</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Data protection impact assessment</xsl:with-param>
          <xsl:with-param name="name">dpia_status</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">DPIA reference</xsl:with-param>
          <xsl:with-param name="name">dpia_ref</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Decisions based solely on automated processing</xsl:with-param>
          <xsl:with-param name="name">has_automated_decisions</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Automated decisions</xsl:with-param>
          <xsl:with-param name="name">automated_decisions</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Carried out by automated means</xsl:with-param>
          <xsl:with-param name="name">is_automated</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>

    <section class="section" aria-labelledby="ro-review">
      <h2 id="ro-review">Status and review</h2>
      <dl class="summary">
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Owner</xsl:with-param>
          <xsl:with-param name="name">owner</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Last reviewed</xsl:with-param>
          <xsl:with-param name="name">last_reviewed</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Next review due</xsl:with-param>
          <xsl:with-param name="name">next_review</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="ro-row">
          <xsl:with-param name="label">Note</xsl:with-param>
          <xsl:with-param name="name">note</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- ro-row: a summary row of field NAME, its value in words. -->
  <xsl:template name="ro-row">
    <xsl:param name="label"/>
    <xsl:param name="name"/>
    <xsl:param name="omit-empty"/>
    <xsl:variable name="v" select="string($fields[@name = $name]/@value)"/>
    <xsl:variable name="kind">
      <xsl:choose>
        <xsl:when test="$name = 'description' or $name = 'controller_contact'
                        or $name = 'joint_controllers' or $name = 'purposes'
                        or contains($name, '_detail') or $name = 'source'
                        or $name = 'retention_rule' or $name = 'security_measures'
                        or $name = 'automated_decisions' or $name = 'note'">multiline</xsl:when>
        <xsl:otherwise>text</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="summary-row">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="kind" select="$kind"/>
      <xsl:with-param name="omit-empty" select="$omit-empty"/>
      <xsl:with-param name="value">
        <xsl:if test="$v != ''">
          <xsl:choose>
            <xsl:when test="$name = 'role'">
              <xsl:call-template name="role-words">
                <xsl:with-param name="code" select="$v"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="$name = 'lawful_basis'">
              <xsl:call-template name="code-words">
                <xsl:with-param name="list" select="$choices/bases/option"/>
                <xsl:with-param name="code" select="$v"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="$name = 'art9_condition'">
              <xsl:call-template name="code-words">
                <xsl:with-param name="list" select="$choices/art9/option"/>
                <xsl:with-param name="code" select="$v"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:when test="$name = 'has_criminal_data' or $name = 'has_automated_decisions'
                            or $name = 'is_automated'">
              <xsl:choose>
                <xsl:when test="$v = '1'">Yes</xsl:when>
                <xsl:when test="$v = '0'">No</xsl:when>
                <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
              </xsl:choose>
            </xsl:when>
            <xsl:when test="$name = 'dpia_status'">
              <xsl:choose>
                <xsl:when test="$v = 'not-needed'">Not needed</xsl:when>
                <xsl:when test="$v = 'needed'">Needed, not started</xsl:when>
                <xsl:when test="$v = 'in-progress'">In progress</xsl:when>
                <xsl:when test="$v = 'done'">Done</xsl:when>
                <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
              </xsl:choose>
            </xsl:when>
            <xsl:when test="$name = 'last_reviewed' or $name = 'next_review'">
              <xsl:call-template name="format-date">
                <xsl:with-param name="date" select="$v"/>
                <xsl:with-param name="weekday">no</xsl:with-param>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="$v"/></xsl:otherwise>
          </xsl:choose>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="role-words">
    <xsl:param name="code"/>
    <xsl:choose>
      <xsl:when test="$code = 'controller'">Controller</xsl:when>
      <xsl:when test="$code = 'joint-controller'">Joint controller</xsl:when>
      <xsl:when test="$code = 'processor'">Processor</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A code of a code list as "Name (article)"; the code when unknown. -->
  <xsl:template name="code-words">
    <xsl:param name="list"/>
    <xsl:param name="code"/>
    <xsl:variable name="o" select="$list[@code = $code]"/>
    <xsl:choose>
      <xsl:when test="$o">
        <xsl:value-of select="concat($o, ' (', $o/@article, ')')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A retention period from months and days; nothing when neither. -->
  <xsl:template name="period">
    <xsl:param name="months"/>
    <xsl:param name="days"/>
    <xsl:if test="$months != ''">
      <xsl:value-of select="$months"/>
      <xsl:choose>
        <xsl:when test="$months = '1'"> month</xsl:when>
        <xsl:otherwise> months</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
    <xsl:if test="$months != '' and $days != ''"> and </xsl:if>
    <xsl:if test="$days != ''">
      <xsl:value-of select="$days"/>
      <xsl:choose>
        <xsl:when test="$days = '1'"> day</xsl:when>
        <xsl:otherwise> days</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- The chosen options as a list; nothing when none is chosen. -->
  <xsl:template name="ro-list">
    <xsl:param name="list"/>
    <xsl:if test="$list">
      <ul class="plain-list">
        <xsl:for-each select="$list">
          <li>
            <xsl:value-of select="."/>
            <xsl:call-template name="category-tags"/>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
