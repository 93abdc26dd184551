<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/ticket.xsl: one data-subject request: where it stands, its
  deadline and how it was worked out, the requester, the actions its
  state allows (a small form each), its tasks, messages, notes, history,
  and who has looked at it.

  Document:
    <ticket><meta/>
      <organisation id slug jurisdiction><name/></organisation>
      <ticket reference kind status channel received_at due_date
        clock_start requester_name requester_email requester_phone
        is_agent agent_for identity identity_method email_verified_at
        fee_state fee_ground fee_amount is_extended outcome
        outcome_ground closed_at acknowledged_at waiting_since assignee
        assignee_name received_by_name version today days-allowed?
        days-used? days-left? days-waiting?>
        <description/> <extension_reason/> <outcome_reason/>
      </ticket>
      <deadline received clock? complaint? error? start? due? month? raw?
        notice? paused?><step/>*</deadline>
      <subjects><subject code name/>*</subjects>
      <tasks><task id kind recipient? label state ground? done-at?
        done-by?><detail/><note/></task>*</tasks>
      <events><event at kind detail? actor?/>*</events>
      <notes><note at author><body/></note>*</notes>
      <messages><message id kind to created sent?><subject/><body/></message>*</messages>
      <viewers><viewer name login last count/>*</viewers>
      <staff><person id name login/>*</staff>
      <actions><action name refused?/>*</actions>
      <categories><category code>name</category>*</categories>
      <answer>...</answer>?   (portability requests: model/answer.h's
        document, whose <portability applies activities undecided reason?>
        and activities' <portability applies reason?> give the Art 20
        verdict)
      <typed action text? date? choice? .../>?   (a failed action's input)
      <problem/>?
    </ticket>

  Every action form posts to the page's own URL with csrf and action;
  a task's form posts action=task, task, state, ground and note.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>
  <xsl:include href="ticket-rows.xsl"/>

  <xsl:variable name="doc" select="/ticket"/>
  <xsl:variable name="t" select="/ticket/ticket"/>
  <xsl:variable name="org" select="/ticket/organisation"/>
  <xsl:variable name="dl" select="/ticket/deadline"/>
  <xsl:variable name="typed" select="/ticket/typed"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>
  <xsl:variable name="self" select="concat($org-href, '/tickets/', $t/@reference)"/>
  <xsl:variable name="can-write" select="$account and not($account/@role = 'viewer')"/>
  <xsl:variable name="allowed" select="/ticket/actions/action[not(@refused)]"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Request ', $t/@reference, ' – ', $org/name)"/>
      <xsl:with-param name="heading" select="concat('Request ', $t/@reference)"/>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="concat($org-href, '/tickets')"/>
      <xsl:with-param name="back-text">All requests of this organisation</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:call-template name="overview"/>
        <xsl:call-template name="deadline"/>
        <xsl:call-template name="requester"/>
        <xsl:if test="$can-write">
          <xsl:call-template name="actions"/>
        </xsl:if>
        <xsl:call-template name="tasks"/>
        <xsl:call-template name="answer"/>
        <xsl:call-template name="messages"/>
        <xsl:call-template name="notes"/>
        <xsl:call-template name="history"/>
        <xsl:call-template name="viewers"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Names. -->
  <xsl:template name="action-label">
    <xsl:param name="name"/>
    <xsl:choose>
      <xsl:when test="$name = 'request-identity'">Ask for proof of identity</xsl:when>
      <xsl:when test="$name = 'verify-identity'">Record identity confirmed</xsl:when>
      <xsl:when test="$name = 'identity-failed'">Record identity not confirmed</xsl:when>
      <xsl:when test="$name = 'propose-fee'">Propose a fee</xsl:when>
      <xsl:when test="$name = 'request-fee'">Request the fee</xsl:when>
      <xsl:when test="$name = 'fee-paid'">Record the fee paid</xsl:when>
      <xsl:when test="$name = 'clarify'">Ask for clarification</xsl:when>
      <xsl:when test="$name = 'clarified'">Record the clarification received</xsl:when>
      <xsl:when test="$name = 'extend'">Extend the deadline</xsl:when>
      <xsl:when test="$name = 'set-kind'">Say what kind of request it is</xsl:when>
      <xsl:when test="$name = 'set-subjects'">Set the data-subject categories</xsl:when>
      <xsl:when test="$name = 'plan-tasks'">Create the tasks from the register</xsl:when>
      <xsl:when test="$name = 'assign'">Assign</xsl:when>
      <xsl:when test="$name = 'note'">Add a note</xsl:when>
      <xsl:when test="$name = 'refuse'">Refuse</xsl:when>
      <xsl:when test="$name = 'withdraw'">Record the request withdrawn</xsl:when>
      <xsl:when test="$name = 'close'">Close with an outcome</xsl:when>
      <xsl:when test="$name = 'acknowledge'">Acknowledge the complaint</xsl:when>
      <xsl:when test="$name = 'answer'">Answer the complaint</xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The headline: status, kind, due date and the bar. -->
  <xsl:template name="overview">
    <p class="lead">
      <xsl:call-template name="tag">
        <xsl:with-param name="text">
          <xsl:call-template name="request-status-name">
            <xsl:with-param name="status" select="$t/@status"/>
          </xsl:call-template>
          <xsl:if test="$t/@outcome">: <xsl:call-template name="request-outcome-name"><xsl:with-param name="outcome" select="$t/@outcome"/></xsl:call-template></xsl:if>
        </xsl:with-param>
        <xsl:with-param name="colour">
          <xsl:choose>
            <xsl:when test="$t/@status = 'closed'">grey</xsl:when>
            <xsl:when test="$t/@days-left &lt; 0">red</xsl:when>
            <xsl:when test="starts-with($t/@status, 'awaiting')">yellow</xsl:when>
            <xsl:otherwise>blue</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:text> </xsl:text>
      <xsl:call-template name="request-kind-name">
        <xsl:with-param name="kind" select="$t/@kind"/>
      </xsl:call-template>
      <xsl:if test="$t/@is_extended = '1'">
        <xsl:text> </xsl:text>
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Extended</xsl:with-param>
          <xsl:with-param name="colour">yellow</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
    </p>
    <xsl:if test="$t/@status != 'closed' and $t/@status != 'acknowledged'">
      <xsl:call-template name="clock">
        <xsl:with-param name="n" select="$t"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!--
    clock: the time used against the time allowed, as a <meter> with its
    words (the words are what a screen reader and the printout get).
  -->
  <xsl:template name="clock">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n/@days-allowed">
        <p class="clock">
          <meter min="0" max="{$n/@days-allowed}" value="{$n/@days-used}" low="{floor($n/@days-allowed * 0.5)}" high="{floor($n/@days-allowed * 0.8)}" optimum="0">
            <xsl:value-of select="concat($n/@days-used, ' of ', $n/@days-allowed, ' days')"/>
          </meter>
          <xsl:text> </xsl:text>
          <xsl:choose>
            <xsl:when test="$n/@days-left &lt; 0">
              <strong>Overdue by <xsl:value-of select="-$n/@days-left"/> day<xsl:if test="$n/@days-left != -1">s</xsl:if></strong>
            </xsl:when>
            <xsl:when test="$n/@days-left = 0"><strong>Due today</strong></xsl:when>
            <xsl:otherwise><xsl:value-of select="$n/@days-left"/> day<xsl:if test="$n/@days-left != 1">s</xsl:if> left</xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="concat(' (day ', $n/@days-used, ' of ', $n/@days-allowed, ')')"/>
        </p>
      </xsl:when>
      <xsl:when test="$n/@days-waiting">
        <p class="clock">No deadline running: waiting for <xsl:value-of select="$n/@days-waiting"/> day<xsl:if test="$n/@days-waiting != 1">s</xsl:if>.</p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="deadline">
    <section class="section" aria-labelledby="deadline-title">
      <h2 id="deadline-title">Deadline</h2>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Received</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="format-date">
              <xsl:with-param name="date" select="$dl/@received"/>
            </xsl:call-template>
            <xsl:value-of select="concat(' (', $t/@received_at, ' UTC, by ', $t/@channel, ')')"/>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:choose>
          <xsl:when test="$dl/@clock = 'stopped'">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Due</xsl:with-param>
              <xsl:with-param name="value">No deadline runs until <xsl:choose><xsl:when test="$t/@status = 'awaiting-fee'">the fee</xsl:when><xsl:otherwise>proof of identity</xsl:otherwise></xsl:choose> arrives: the month starts on that day.</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$dl/@error">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Due</xsl:with-param>
              <xsl:with-param name="value" select="string($dl/@error)"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$dl/@complaint">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Acknowledge by</xsl:with-param>
              <xsl:with-param name="value">
                <xsl:call-template name="format-date">
                  <xsl:with-param name="date" select="$dl/@due"/>
                </xsl:call-template>
                <xsl:text> (30 days beginning with the day it arrived; no weekend or holiday roll)</xsl:text>
                <xsl:if test="$t/@acknowledged_at">
                  <xsl:value-of select="concat('. Acknowledged ', $t/@acknowledged_at, ' UTC')"/>
                  <xsl:if test="number(translate(substring($t/@acknowledged_at, 1, 10), '-', '')) &gt; number(translate($dl/@due, '-', ''))">, late</xsl:if>
                  <xsl:text>.</xsl:text>
                </xsl:if>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$dl/@due">
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Clock started</xsl:with-param>
              <xsl:with-param name="value">
                <xsl:call-template name="format-date">
                  <xsl:with-param name="date" select="$dl/@start"/>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:if test="$dl/@paused &gt; 0">
              <xsl:call-template name="summary-row">
                <xsl:with-param name="label">Paused for clarification</xsl:with-param>
                <xsl:with-param name="value" select="concat($dl/@paused, ' day(s), added to the deadline')"/>
              </xsl:call-template>
            </xsl:if>
            <xsl:call-template name="summary-row">
              <xsl:with-param name="label">Due</xsl:with-param>
              <xsl:with-param name="value">
                <strong>
                  <xsl:call-template name="format-date">
                    <xsl:with-param name="date" select="$dl/@due"/>
                  </xsl:call-template>
                </strong>
              </xsl:with-param>
            </xsl:call-template>
            <xsl:if test="$t/@status != 'closed'">
              <xsl:call-template name="summary-row">
                <xsl:with-param name="label">
                  <xsl:choose>
                    <xsl:when test="$t/@is_extended = '1'">Extension notice due by</xsl:when>
                    <xsl:otherwise>An extension must be notified by</xsl:otherwise>
                  </xsl:choose>
                </xsl:with-param>
                <xsl:with-param name="value">
                  <xsl:call-template name="format-date">
                    <xsl:with-param name="date" select="$dl/@notice"/>
                  </xsl:call-template>
                </xsl:with-param>
              </xsl:call-template>
            </xsl:if>
          </xsl:when>
        </xsl:choose>
      </dl>
      <xsl:if test="$dl/step">
        <details class="action">
          <summary>How the due date was worked out</summary>
          <ol>
            <xsl:for-each select="$dl/step">
              <li><xsl:value-of select="."/></li>
            </xsl:for-each>
          </ol>
        </details>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="requester">
    <section class="section" aria-labelledby="requester-title">
      <h2 id="requester-title">Requester</h2>
      <dl class="summary">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Name</xsl:with-param>
          <xsl:with-param name="value" select="string($t/@requester_name)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Email</xsl:with-param>
          <xsl:with-param name="value" select="string($t/@requester_email)"/>
          <xsl:with-param name="kind">email</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Email confirmed</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$t/@email_verified_at"><xsl:value-of select="concat('Yes, ', $t/@email_verified_at, ' UTC')"/></xsl:when>
              <xsl:otherwise>No</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Telephone</xsl:with-param>
          <xsl:with-param name="value" select="string($t/@requester_phone)"/>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:if test="$t/@is_agent = '1'">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Acting for</xsl:with-param>
            <xsl:with-param name="value" select="string($t/@agent_for)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Data-subject categories</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:for-each select="$doc/subjects/subject">
              <xsl:if test="position() &gt; 1">, </xsl:if>
              <xsl:choose>
                <xsl:when test="@name"><xsl:value-of select="@name"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="@code"/></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
            <xsl:if test="not($doc/subjects/subject)">Not known: every activity of the register is in scope</xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Identity</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$t/@identity = 'verified'">Confirmed</xsl:when>
              <xsl:when test="$t/@identity = 'failed'">Not confirmed</xsl:when>
              <xsl:otherwise>Not checked</xsl:otherwise>
            </xsl:choose>
            <xsl:if test="$t/@identity_method != ''">: <xsl:value-of select="$t/@identity_method"/></xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="$t/@fee_state != 'none'">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Fee</xsl:with-param>
            <xsl:with-param name="value" select="concat($t/@fee_amount, ' (', $t/@fee_state, '; ground: ', $t/@fee_ground, ')')"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Assigned to</xsl:with-param>
          <xsl:with-param name="value" select="string($t/@assignee_name)"/>
        </xsl:call-template>
        <xsl:if test="$t/@received_by_name">
          <xsl:call-template name="summary-row">
            <xsl:with-param name="label">Entered by</xsl:with-param>
            <xsl:with-param name="value" select="string($t/@received_by_name)"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">What they asked</xsl:with-param>
          <xsl:with-param name="value" select="string($t/description)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Reasons for the extension</xsl:with-param>
          <xsl:with-param name="value" select="string($t/extension_reason)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Outcome reasons</xsl:with-param>
          <xsl:with-param name="value" select="string($t/outcome_reason)"/>
          <xsl:with-param name="kind">multiline</xsl:with-param>
          <xsl:with-param name="omit-empty">yes</xsl:with-param>
        </xsl:call-template>
      </dl>
      <p class="no-print">
        <xsl:choose>
          <xsl:when test="$t/@requester_email != ''">
            <a href="/staff/tickets?q={$t/@requester_email}">Every request from this email address</a>
          </xsl:when>
          <xsl:when test="$t/@requester_name != ''">
            <a href="/staff/tickets?q={$t/@requester_name}">Every request from a requester of this name</a>
          </xsl:when>
        </xsl:choose>
      </p>
    </section>
  </xsl:template>

  <!-- Form pieces whose ids are unique per action: f-ACTION-FIELD. -->
  <xsl:template name="a-text">
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:param name="hint"/>
    <xsl:param name="name" select="'text'"/>
    <xsl:variable name="id" select="concat('f-', $action, '-', $name)"/>
    <div class="field">
      <label class="label" for="{$id}"><xsl:value-of select="$label"/></label>
      <xsl:if test="$hint != ''">
        <div class="hint" id="{$id}-hint"><xsl:value-of select="$hint"/></div>
      </xsl:if>
      <textarea class="textarea" id="{$id}" name="{$name}" rows="4">
        <xsl:if test="$hint != ''">
          <xsl:attribute name="aria-describedby"><xsl:value-of select="$id"/>-hint</xsl:attribute>
        </xsl:if>
        <xsl:if test="$typed/@action = $action">
          <xsl:value-of select="$typed/@*[name() = $name]"/>
        </xsl:if>
      </textarea>
    </div>
  </xsl:template>

  <xsl:template name="a-input">
    <xsl:param name="action"/>
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint"/>
    <xsl:param name="value"/>
    <xsl:variable name="id" select="concat('f-', $action, '-', $name)"/>
    <div class="field">
      <label class="label" for="{$id}"><xsl:value-of select="$label"/></label>
      <xsl:if test="$hint != ''">
        <div class="hint" id="{$id}-hint"><xsl:value-of select="$hint"/></div>
      </xsl:if>
      <input class="input input-medium" id="{$id}" name="{$name}" type="text">
        <xsl:if test="$hint != ''">
          <xsl:attribute name="aria-describedby"><xsl:value-of select="$id"/>-hint</xsl:attribute>
        </xsl:if>
        <xsl:attribute name="value">
          <xsl:choose>
            <xsl:when test="$typed/@action = $action"><xsl:value-of select="$typed/@*[name() = $name]"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
      </input>
    </div>
  </xsl:template>

  <xsl:template name="a-date">
    <xsl:param name="action"/>
    <xsl:param name="label"/>
    <xsl:call-template name="a-input">
      <xsl:with-param name="action" select="$action"/>
      <xsl:with-param name="name">date</xsl:with-param>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="hint">As YYYY-MM-DD; not before the request arrived, not after today.</xsl:with-param>
      <xsl:with-param name="value" select="$t/@today"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A radio group: options as "value|words" lines in $options. -->
  <xsl:template name="a-radios">
    <xsl:param name="action"/>
    <xsl:param name="legend"/>
    <xsl:param name="options"/>
    <xsl:param name="name" select="'choice'"/>
    <fieldset class="fieldset">
      <legend class="legend"><xsl:value-of select="$legend"/></legend>
      <xsl:call-template name="a-radio-list">
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="rest" select="$options"/>
      </xsl:call-template>
    </fieldset>
  </xsl:template>

  <xsl:template name="a-radio-list">
    <xsl:param name="action"/>
    <xsl:param name="name"/>
    <xsl:param name="rest"/>
    <xsl:if test="contains($rest, '|')">
      <xsl:variable name="line" select="substring-before(concat($rest, ';'), ';')"/>
      <xsl:variable name="value" select="substring-before($line, '|')"/>
      <xsl:variable name="id" select="concat('f-', $action, '-', $name, '-', $value)"/>
      <div class="radio">
        <input class="radio-input" type="radio" id="{$id}" name="{$name}" value="{$value}">
          <xsl:if test="$typed/@action = $action and $typed/@*[name() = $name] = $value">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
        </input>
        <label class="radio-label" for="{$id}"><xsl:value-of select="substring-after($line, '|')"/></label>
      </div>
      <xsl:call-template name="a-radio-list">
        <xsl:with-param name="action" select="$action"/>
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="rest" select="substring-after($rest, ';')"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="actions">
    <section class="section no-print" aria-labelledby="actions-title">
      <h2 id="actions-title">Actions</h2>
      <xsl:if test="not($allowed)">
        <p>Nothing can be done to this request now.</p>
      </xsl:if>
      <xsl:for-each select="$allowed">
        <xsl:variable name="a" select="@name"/>
        <details class="action" id="action-{$a}">
          <xsl:if test="$typed/@action = $a">
            <xsl:attribute name="open">open</xsl:attribute>
          </xsl:if>
          <summary>
            <xsl:call-template name="action-label">
              <xsl:with-param name="name" select="$a"/>
            </xsl:call-template>
          </summary>
          <form method="post" action="{$self}" novalidate="novalidate" class="form-narrow">
            <xsl:call-template name="csrf"/>
            <input type="hidden" name="action" value="{$a}"/>
            <xsl:call-template name="action-fields">
              <xsl:with-param name="a" select="$a"/>
            </xsl:call-template>
            <div class="form-actions">
              <button type="submit">
                <xsl:attribute name="class">
                  <xsl:choose>
                    <xsl:when test="$a = 'refuse' or $a = 'identity-failed' or $a = 'withdraw'">button button-warning</xsl:when>
                    <xsl:otherwise>button</xsl:otherwise>
                  </xsl:choose>
                </xsl:attribute>
                <xsl:call-template name="action-label">
                  <xsl:with-param name="name" select="$a"/>
                </xsl:call-template>
              </button>
            </div>
          </form>
        </details>
      </xsl:for-each>
      <xsl:if test="/ticket/actions/action[@refused]">
        <details class="action">
          <summary>Why other actions are not available</summary>
          <ul>
            <xsl:for-each select="/ticket/actions/action[@refused]">
              <li>
                <strong>
                  <xsl:call-template name="action-label">
                    <xsl:with-param name="name" select="@name"/>
                  </xsl:call-template>
                </strong>
                <xsl:value-of select="concat(': ', @refused)"/>
              </li>
            </xsl:for-each>
          </ul>
        </details>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="action-fields">
    <xsl:param name="a"/>
    <xsl:choose>
      <xsl:when test="$a = 'request-identity'">
        <p>The clock stops until the proof arrives (Art 12(6)); ask only for what you need.</p>
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">What the requester should send</xsl:with-param>
          <xsl:with-param name="hint">This goes to the requester in the message.</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'verify-identity'">
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">How identity was confirmed</xsl:with-param>
          <xsl:with-param name="hint">For example: replied from the account's email address and gave the order number.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="a-date">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">The day the proof arrived</xsl:with-param>
        </xsl:call-template>
        <xsl:if test="$t/@status = 'awaiting-identity'">
          <p>The month to answer starts on this day.</p>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$a = 'identity-failed'">
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">Why identity could not be confirmed</xsl:with-param>
          <xsl:with-param name="hint">The requester is told this, and of their right to complain to the supervisory authority and to go to court.</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'propose-fee'">
        <p>The first copy is free. A fee is allowed only for a manifestly unfounded or excessive request, or for further copies, and the requester is told before it is charged (Art 12(5), 15(3)).</p>
        <xsl:call-template name="a-radios">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="legend">Ground for the fee</xsl:with-param>
          <xsl:with-param name="options">unfounded|Manifestly unfounded;excessive|Manifestly excessive (for example, repetitive);further-copy|Further copies of the data</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">Why a fee may be charged</xsl:with-param>
          <xsl:with-param name="hint">The requester is told this. The organisation must be able to show that the request is manifestly unfounded or excessive (Art 12(5)).</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="a-input">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="name">amount</xsl:with-param>
          <xsl:with-param name="label">The fee</xsl:with-param>
          <xsl:with-param name="hint">With its currency, like £10: reasonable, based on the administrative cost.</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'request-fee'">
        <p>The requester was told of the fee <xsl:value-of select="$t/@fee_amount"/>. Requesting it stops the clock until it is paid.</p>
      </xsl:when>
      <xsl:when test="$a = 'fee-paid'">
        <xsl:call-template name="a-date">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">The day the fee arrived</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'clarify'">
        <p>Under the UK rules the days from asking to the answer do not count (Art 12A). Ask only when you reasonably need the information to find the data or processing concerned.</p>
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">What you need clarified</xsl:with-param>
          <xsl:with-param name="hint">This goes to the requester in the message.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="a-date">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">The day you asked</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'clarified'">
        <xsl:call-template name="a-date">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">The day the answer arrived</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'extend'">
        <p>Two further months (three from the clock start) for a complex request or many requests. The requester must be told, with the reasons, by <xsl:call-template name="format-date"><xsl:with-param name="date" select="$dl/@notice"/></xsl:call-template>.</p>
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">Reasons for the extension</xsl:with-param>
          <xsl:with-param name="hint">These go to the requester in the extension notice.</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'set-kind'">
        <xsl:call-template name="a-radios">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="legend">What the requester is asking for</xsl:with-param>
          <xsl:with-param name="options">access|Access to their data (Art 15);erasure|Erasure (Art 17);rectification|Rectification (Art 16);restriction|Restriction (Art 18);portability|Portability (Art 20);objection|Objection (Art 21)</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'set-subjects'">
        <fieldset class="fieldset">
          <legend class="legend">Whose data the request concerns</legend>
          <div class="hint">The tasks come from the activities that hold data of these categories. None chosen: every activity.</div>
          <div class="checkboxes">
            <xsl:for-each select="/ticket/categories/category">
              <xsl:variable name="code" select="@code"/>
              <div class="checkbox">
                <input class="checkbox-input" type="checkbox" id="f-subject-{@code}" name="subject" value="{@code}">
                  <xsl:if test="/ticket/subjects/subject[@code = $code]">
                    <xsl:attribute name="checked">checked</xsl:attribute>
                  </xsl:if>
                </input>
                <label class="checkbox-label" for="f-subject-{@code}"><xsl:value-of select="."/></label>
              </div>
            </xsl:for-each>
          </div>
        </fieldset>
      </xsl:when>
      <xsl:when test="$a = 'plan-tasks'">
        <p>One task per system that holds the data of this request's categories, from the register as it is now<xsl:if test="$t/@kind = 'erasure' or $t/@kind = 'rectification' or $t/@kind = 'restriction'">, and one notice per recipient (Art 19)</xsl:if>.</p>
      </xsl:when>
      <xsl:when test="$a = 'assign'">
        <div class="field">
          <label class="label" for="f-assign-assignee">Who handles it</label>
          <select class="select" id="f-assign-assignee" name="assignee">
            <option value="0">Nobody</option>
            <xsl:for-each select="/ticket/staff/person">
              <option value="{@id}">
                <xsl:if test="@id = $t/@assignee">
                  <xsl:attribute name="selected">selected</xsl:attribute>
                </xsl:if>
                <xsl:value-of select="concat(@name, ' (', @login, ')')"/>
              </option>
            </xsl:for-each>
          </select>
        </div>
      </xsl:when>
      <xsl:when test="$a = 'note'">
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">Note</xsl:with-param>
          <xsl:with-param name="hint">Seen by staff only.</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'refuse'">
        <xsl:call-template name="a-radios">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="legend">Ground for refusing</xsl:with-param>
          <xsl:with-param name="options">unfounded|Manifestly unfounded (Art 12(5)(b)): you must be able to show it;excessive|Manifestly excessive (Art 12(5)(b)): you must be able to show it;exemption|An exemption applies (name it in the reasons)</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">Reasons</xsl:with-param>
          <xsl:with-param name="hint">The requester is told these, and of their right to complain to the supervisory authority and to a judicial remedy (Art 12(4)).</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'withdraw'">
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">How the requester withdrew it (optional)</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'close'">
        <xsl:call-template name="a-radios">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="legend">Outcome</xsl:with-param>
          <xsl:with-param name="options">fulfilled|Fulfilled: every task is finished;partly-fulfilled|Partly fulfilled: say what was not done and why;no-data|No personal data about the requester is held</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">The answer</xsl:with-param>
          <xsl:with-param name="hint">This goes to the requester, with their right to complain to the supervisory authority.</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'acknowledge'">
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">Anything to add (optional)</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$a = 'answer'">
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="$a"/>
          <xsl:with-param name="label">The answer to the complaint</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="task-kind-name">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'action'">Act on the data</xsl:when>
      <xsl:when test="$kind = 'notice'">Tell the recipient (Art 19)</xsl:when>
      <xsl:otherwise>Collect the data</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tasks">
    <section class="section" aria-labelledby="tasks-title">
      <h2 id="tasks-title">Tasks</h2>
      <xsl:choose>
        <xsl:when test="/ticket/tasks/task">
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">Tasks of this request</caption>
              <thead>
                <tr>
                  <th scope="col">System or recipient</th>
                  <th scope="col">Task</th>
                  <th scope="col">Activities</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="/ticket/tasks/task">
                  <tr>
                    <th scope="row"><xsl:value-of select="@label"/></th>
                    <td>
                      <xsl:call-template name="task-kind-name">
                        <xsl:with-param name="kind" select="@kind"/>
                      </xsl:call-template>
                    </td>
                    <td><xsl:value-of select="detail"/></td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="@state = 'open'">
                          <xsl:call-template name="tag">
                            <xsl:with-param name="text">Open</xsl:with-param>
                            <xsl:with-param name="colour">yellow</xsl:with-param>
                          </xsl:call-template>
                          <xsl:if test="$can-write and $t/@status != 'closed'">
                            <xsl:call-template name="task-form"/>
                          </xsl:if>
                        </xsl:when>
                        <xsl:otherwise>
                          <xsl:call-template name="tag">
                            <xsl:with-param name="text" select="normalize-space(concat(@state, ' ', @ground))"/>
                            <xsl:with-param name="colour">green</xsl:with-param>
                          </xsl:call-template>
                          <xsl:if test="note != ''">
                            <p class="multiline"><xsl:value-of select="note"/></p>
                          </xsl:if>
                          <p class="muted"><xsl:value-of select="concat(@done-by, ', ', @done-at, ' UTC')"/></p>
                        </xsl:otherwise>
                      </xsl:choose>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:when test="$t/@kind = 'access' or $t/@kind = 'portability' or $t/@kind = 'erasure' or $t/@kind = 'rectification' or $t/@kind = 'restriction'">
          <p>No tasks yet: create them from the register (Actions) once the data-subject categories are right.</p>
        </xsl:when>
        <xsl:otherwise>
          <p>Requests of this kind get no tasks from the register.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The endings a task of its kind may have, for its form. -->
  <xsl:template name="task-form">
    <xsl:variable name="id" select="@id"/>
    <details class="task-form">
      <summary>Record the result<span class="visually-hidden"> for <xsl:value-of select="@label"/> (<xsl:call-template name="task-kind-name"><xsl:with-param name="kind" select="@kind"/></xsl:call-template>)</span></summary>
      <form method="post" action="{$self}" novalidate="novalidate">
        <xsl:call-template name="csrf"/>
        <input type="hidden" name="action" value="task"/>
        <input type="hidden" name="task" value="{@id}"/>
        <xsl:call-template name="a-radios">
          <xsl:with-param name="action" select="concat('task-', @id)"/>
          <xsl:with-param name="name">state</xsl:with-param>
          <xsl:with-param name="legend">Result</xsl:with-param>
          <xsl:with-param name="options">
            <xsl:choose>
              <xsl:when test="@kind = 'notice'">sent|Told;waived|Not told: impossible or disproportionate effort</xsl:when>
              <xsl:when test="@kind = 'collect'">done|Collected;not-held|No data held there</xsl:when>
              <xsl:when test="$t/@kind = 'erasure'">erased|Erased;retained|Kept under an exception of Article 17(3);refused|Not erased: no ground of Article 17(1) applies (give the reason);not-held|No data held there</xsl:when>
              <xsl:otherwise>done|Done;refused|Not done (give the reason);not-held|No data held there</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:if test="@kind = 'notice' or (@kind = 'action' and $t/@kind = 'erasure')">
          <div class="field">
            <label class="label" for="f-task-{@id}-ground">Ground (when kept or not told)</label>
            <select class="select" id="f-task-{@id}-ground" name="ground">
              <option value="">None</option>
              <xsl:choose>
                <xsl:when test="@kind = 'notice'">
                  <option value="impossible">Impossible</option>
                  <option value="disproportionate">Disproportionate effort</option>
                </xsl:when>
                <xsl:otherwise>
                  <option value="17(3)(a)">17(3)(a) freedom of expression</option>
                  <option value="17(3)(b)">17(3)(b) legal obligation or public task</option>
                  <option value="17(3)(c)">17(3)(c) public health</option>
                  <option value="17(3)(d)">17(3)(d) archiving, research, statistics</option>
                  <option value="17(3)(e)">17(3)(e) legal claims</option>
                </xsl:otherwise>
              </xsl:choose>
            </select>
          </div>
        </xsl:if>
        <xsl:call-template name="a-text">
          <xsl:with-param name="action" select="concat('task-', @id)"/>
          <xsl:with-param name="name">note</xsl:with-param>
          <xsl:with-param name="label">Note</xsl:with-param>
          <xsl:with-param name="hint">Needed when the data is kept, the task is not done, or the recipient is not told.</xsl:with-param>
        </xsl:call-template>
        <div class="form-actions">
          <button type="submit" class="button button-small">Record<span class="visually-hidden"> the result for <xsl:value-of select="@label"/> (<xsl:call-template name="task-kind-name"><xsl:with-param name="kind" select="@kind"/></xsl:call-template>)</span></button>
        </div>
      </form>
    </details>
  </xsl:template>

  <!-- The answer letter (access, portability) and the Art 20 verdict. -->
  <xsl:template name="answer">
    <xsl:if test="$t/@kind = 'access' or $t/@kind = 'portability'">
      <section class="section" aria-labelledby="answer-title">
        <h2 id="answer-title">The answer</h2>
        <p><a href="{$self}/answer">The access-request letter</a>: drawn from the register for this request's data-subject categories, with everything Article 15(1) and (2) lists, printable.</p>
        <xsl:variable name="pv" select="/ticket/answer/portability"/>
        <xsl:if test="$t/@kind = 'portability' and $pv">
          <h3>Does the right to data portability apply? (Art 20)</h3>
          <xsl:choose>
            <xsl:when test="$pv/@applies = '1'">
              <p>Yes, to <xsl:value-of select="$pv/@activities"/> activit<xsl:choose><xsl:when test="$pv/@activities = 1">y</xsl:when><xsl:otherwise>ies</xsl:otherwise></xsl:choose>: the data the requester provided to them, in a structured, commonly used, machine-readable form.</p>
            </xsl:when>
            <xsl:when test="$pv/@undecided &gt; 0">
              <p><strong>Not decided:</strong> the register does not record enough (the lawful basis, or whether processing is automated) for <xsl:value-of select="$pv/@undecided"/> activit<xsl:choose><xsl:when test="$pv/@undecided = 1">y</xsl:when><xsl:otherwise>ies</xsl:otherwise></xsl:choose>. Complete the register before refusing: a refusal cannot rest on a blank.</p>
            </xsl:when>
            <xsl:otherwise>
              <p><strong>No:</strong> Article 20 covers only processing based on consent or a contract and carried out by automated means; none of this request's activities is. Answer it as an access request, or refuse with that reason.</p>
            </xsl:otherwise>
          </xsl:choose>
          <ul>
            <xsl:for-each select="/ticket/answer/activities/activity">
              <li>
                <xsl:value-of select="name"/>
                <xsl:text>: </xsl:text>
                <xsl:choose>
                  <xsl:when test="portability/@applies = '1'">applies</xsl:when>
                  <xsl:when test="portability/@reason = 'basis-not-recorded'">lawful basis not recorded</xsl:when>
                  <xsl:when test="portability/@reason = 'automated-not-recorded'">not recorded whether it is automated</xsl:when>
                  <xsl:when test="portability/@reason = 'not-automated'">not carried out by automated means</xsl:when>
                  <xsl:when test="portability/@reason = 'legitimate-interests'">based on legitimate interests</xsl:when>
                  <xsl:when test="portability/@reason = 'legal-obligation'">based on a legal obligation</xsl:when>
                  <xsl:when test="portability/@reason = 'public-task'">based on a public task</xsl:when>
                  <xsl:when test="portability/@reason = 'vital-interests'">based on vital interests</xsl:when>
                  <xsl:otherwise>does not apply (<xsl:value-of select="portability/@reason"/>)</xsl:otherwise>
                </xsl:choose>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="messages">
    <section class="section" aria-labelledby="messages-title">
      <h2 id="messages-title">Messages to the requester</h2>
      <xsl:choose>
        <xsl:when test="/ticket/messages/message">
          <xsl:for-each select="/ticket/messages/message">
            <details class="action message">
              <summary>
                <xsl:value-of select="subject"/>
                <xsl:text> – </xsl:text>
                <xsl:choose>
                  <xsl:when test="@sent"><xsl:value-of select="concat('sent ', @sent, ' UTC')"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="concat('waiting to be sent since ', @created, ' UTC')"/></xsl:otherwise>
                </xsl:choose>
              </summary>
              <p class="muted">To <xsl:value-of select="@to"/></p>
              <pre class="multiline"><xsl:value-of select="body"/></pre>
            </details>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <p>No messages<xsl:if test="not($t/@requester_email)"> (there is no email address: write by post)</xsl:if>.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="notes">
    <xsl:if test="/ticket/notes/note">
      <section class="section" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes</h2>
        <xsl:for-each select="/ticket/notes/note">
          <div class="card">
            <p class="muted"><xsl:value-of select="concat(@author, ', ', @at, ' UTC')"/></p>
            <p class="multiline"><xsl:value-of select="body"/></p>
          </div>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="event-name">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'received'">Received</xsl:when>
      <xsl:when test="$kind = 'email_verified'">Email address confirmed</xsl:when>
      <xsl:when test="$kind = 'due-changed'">Due date changed</xsl:when>
      <xsl:when test="$kind = 'task'">Task finished</xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="action-label">
          <xsl:with-param name="name" select="$kind"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="history">
    <section class="section" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">What happened to this request, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">What</th>
              <th scope="col">Detail</th>
              <th scope="col">Who</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="/ticket/events/event">
              <tr>
                <td><xsl:value-of select="@at"/></td>
                <td>
                  <xsl:call-template name="event-name">
                    <xsl:with-param name="kind" select="@kind"/>
                  </xsl:call-template>
                </td>
                <td><xsl:value-of select="@detail"/></td>
                <td>
                  <xsl:choose>
                    <xsl:when test="@actor"><xsl:value-of select="@actor"/></xsl:when>
                    <xsl:otherwise>The requester or the system</xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="viewers">
    <section class="section" aria-labelledby="viewers-title">
      <h2 id="viewers-title">Who has looked at this request</h2>
      <p class="muted">Every staff view is recorded in the audit trail.</p>
      <ul class="plain-list">
        <xsl:for-each select="/ticket/viewers/viewer">
          <li><xsl:value-of select="concat(@name, ' (', @login, '): ', @count, ' view')"/><xsl:if test="@count != 1">s</xsl:if><xsl:value-of select="concat(', last ', @last, ' UTC')"/></li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>
</xsl:stylesheet>
