<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/dashboard.xsl: the staff home page: the requests that need
  attention across the organisations the account may see (overdue, due
  within 7 days, paused for clarification, waiting for identity or a
  fee), each by due date with the time used, then the organisations.
  Document: <dashboard today><meta/>
  <queue name="overdue|due-soon|paused|waiting|untimed|new" total><ticket/>*</queue>*
  <outbox-stuck messages since/>?
  <organisations><organisation id slug>
  <name/><registration_ref/>?<jurisdiction/><contact_email/>?
  </organisation>...</organisations></dashboard>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>
  <xsl:include href="ticket-rows.xsl"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Dashboard</xsl:with-param>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:if test="$account/name != ''">
          <p class="lead">Welcome, <xsl:value-of select="$account/name"/>.</p>
        </xsl:if>
        <form method="get" action="/staff/tickets" class="no-print search-inline">
          <label class="label" for="f-q">Find a requester's requests</label>
          <input class="input input-medium" id="f-q" name="q" type="search" placeholder="Email or name"/>
          <xsl:text> </xsl:text>
          <button class="button button-secondary" type="submit">Search</button>
        </form>
        <xsl:apply-templates select="dashboard/outbox-stuck"/>
        <xsl:apply-templates select="dashboard/queue[@name = 'overdue']"/>
        <xsl:apply-templates select="dashboard/queue[@name = 'due-soon']"/>
        <xsl:apply-templates select="dashboard/queue[@name = 'new']"/>
        <xsl:apply-templates select="dashboard/queue[@name = 'paused']"/>
        <xsl:apply-templates select="dashboard/queue[@name = 'waiting']"/>
        <xsl:apply-templates select="dashboard/queue[@name = 'untimed']"/>
        <xsl:apply-templates select="dashboard/organisations"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Messages that have not gone out: the DPO must know. -->
  <xsl:template match="outbox-stuck">
    <div class="notice" role="status">
      <p><strong><xsl:value-of select="@messages"/> message<xsl:if test="@messages != 1">s</xsl:if> to requesters <xsl:choose><xsl:when test="@messages = 1">has</xsl:when><xsl:otherwise>have</xsl:otherwise></xsl:choose> not been sent</strong> (the oldest since <xsl:value-of select="@since"/> UTC). gdprdeskctl tick sends them through the system's sendmail: check that GDPRDESK_SENDMAIL is set and working (see the README, "Mail"). Until then, acknowledgements, extension notices and refusals have not reached anyone: each ticket's page shows its messages.</p>
    </div>
  </xsl:template>

  <xsl:template match="queue">
    <xsl:variable name="id" select="concat('q-', @name)"/>
    <section class="section" aria-labelledby="{$id}">
      <h2 id="{$id}">
        <xsl:choose>
          <xsl:when test="@name = 'overdue'">Overdue</xsl:when>
          <xsl:when test="@name = 'due-soon'">Due in the next 7 days</xsl:when>
          <xsl:when test="@name = 'paused'">Paused for clarification</xsl:when>
          <xsl:when test="@name = 'untimed'">Open without a timer</xsl:when>
          <xsl:when test="@name = 'new'">Not started yet</xsl:when>
          <xsl:otherwise>Waiting for identity or a fee</xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="concat(' (', @total, ')')"/>
      </h2>
      <xsl:choose>
        <xsl:when test="ticket">
          <xsl:if test="@name = 'waiting'">
            <p class="muted">No deadline runs for these until the requester answers; longest waiting first.</p>
          </xsl:if>
          <xsl:if test="@name = 'new'">
            <p class="muted">Received and not yet acted on (no identity check, tasks or assignment recorded), whatever their due date; oldest first.</p>
          </xsl:if>
          <xsl:if test="@name = 'untimed'">
            <p class="muted">Acknowledged complaints to answer without undue delay, and requests whose due date the organisation's calendar cannot give (add its days on the Calendars page); oldest first.</p>
          </xsl:if>
          <xsl:call-template name="ticket-table">
            <xsl:with-param name="rows" select="ticket"/>
            <xsl:with-param name="caption">
              <xsl:choose>
                <xsl:when test="@name = 'waiting' or @name = 'untimed' or @name = 'new'">Requests, oldest first</xsl:when>
                <xsl:otherwise>Requests by due date</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:if test="@total &gt; count(ticket)">
            <p class="muted">The first <xsl:value-of select="count(ticket)"/> of <xsl:value-of select="@total"/> are shown; each organisation's request list has them all.</p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><p class="muted">None.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="organisations">
    <section class="section" aria-labelledby="orgs-title">
      <h2 id="orgs-title">Organisations</h2>
      <xsl:if test="$is-admin">
        <p class="no-print"><a class="button button-secondary" href="/staff/orgs/new">Add an organisation</a></p>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="organisation">
          <p class="no-print"><a href="/staff/reports">Reports across all your organisations</a></p>
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">Organisations you can see</caption>
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Registration reference</th>
                  <th scope="col">Rule set</th>
                  <th scope="col">Register</th>
                </tr>
              </thead>
              <tbody>
                <xsl:apply-templates select="organisation"/>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:when test="$is-admin">
          <p>There are no organisations yet.</p>
        </xsl:when>
        <xsl:otherwise>
          <p>You have not been given any organisations yet. An administrator can grant you access on the Accounts page.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template match="organisation">
    <tr>
      <th scope="row"><a href="/staff/o/{@slug}"><xsl:value-of select="name"/></a></th>
      <td>
        <xsl:choose>
          <xsl:when test="registration_ref != ''"><xsl:value-of select="registration_ref"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="not-recorded"/></xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:call-template name="rule-set-name">
          <xsl:with-param name="code" select="jurisdiction"/>
        </xsl:call-template>
      </td>
      <td>
        <ul class="link-list link-list-compact">
          <li><a href="/staff/o/{@slug}/register">Record of processing<span class="visually-hidden"> of <xsl:value-of select="name"/></span></a></li>
          <li><a href="/staff/o/{@slug}/checks">Checks<span class="visually-hidden"> of <xsl:value-of select="name"/></span></a></li>
          <li><a href="/staff/o/{@slug}/tickets">Requests<span class="visually-hidden"> to <xsl:value-of select="name"/></span></a></li>
          <li><a href="/staff/o/{@slug}/reports">Reports<span class="visually-hidden"> of <xsl:value-of select="name"/></span></a></li>
        </ul>
      </td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
