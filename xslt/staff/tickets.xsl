<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/tickets.xsl: an organisation's requests: the open ones by due
  date, then the most recent closed ones.
  Document: <tickets today><meta/><organisation slug><name/></organisation>
  <open><ticket/>*</open><closed><ticket/>*</closed></tickets>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>
  <xsl:include href="ticket-rows.xsl"/>

  <xsl:variable name="org" select="/tickets/organisation"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Requests – ', $org/name)"/>
      <xsl:with-param name="heading">Requests</xsl:with-param>
      <xsl:with-param name="caption" select="string($org/name)"/>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="$org-href"/>
      <xsl:with-param name="back-text">Back to the organisation</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:if test="$account/@role != 'viewer'">
          <p class="no-print"><a class="button" href="{$org-href}/tickets/new">Enter a request made by email, post or phone</a></p>
        </xsl:if>
        <form method="get" action="/staff/tickets" class="no-print form-narrow">
          <div class="field">
            <label class="label" for="f-q">Find every request of one person</label>
            <div class="hint" id="f-q-hint">Their email address, a reference, or the start of their name.</div>
            <input class="input input-medium" id="f-q" name="q" type="search" aria-describedby="f-q-hint"/>
          </div>
          <button class="button button-secondary" type="submit">Search</button>
        </form>
        <section class="section" aria-labelledby="open-title">
          <h2 id="open-title">Open</h2>
          <xsl:choose>
            <xsl:when test="/tickets/open/ticket">
              <xsl:call-template name="ticket-table">
                <xsl:with-param name="rows" select="/tickets/open/ticket"/>
                <xsl:with-param name="caption">Open requests by due date</xsl:with-param>
                <xsl:with-param name="with-org" select="false()"/>
                <xsl:with-param name="with-requester" select="true()"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise><p>No open requests.</p></xsl:otherwise>
          </xsl:choose>
        </section>
        <section class="section" aria-labelledby="closed-title">
          <h2 id="closed-title">Recently closed</h2>
          <xsl:choose>
            <xsl:when test="/tickets/closed/ticket">
              <xsl:call-template name="ticket-table">
                <xsl:with-param name="rows" select="/tickets/closed/ticket"/>
                <xsl:with-param name="caption">Closed requests, most recent first</xsl:with-param>
                <xsl:with-param name="with-org" select="false()"/>
                <xsl:with-param name="with-requester" select="true()"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise><p>None yet.</p></xsl:otherwise>
          </xsl:choose>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
