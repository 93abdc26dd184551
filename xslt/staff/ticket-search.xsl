<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/ticket-search.xsl: every request of one requester (by email, or
  the start of a name) across the organisations the account may see, to
  spot repeated requests.
  Document: <ticket-search today><meta/><query/>?<problem/>?
  <results><ticket/>*</results>?</ticket-search>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>
  <xsl:include href="ticket-rows.xsl"/>

  <xsl:variable name="q" select="/ticket-search/query"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Find a requester's requests</xsl:with-param>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="body">
        <form method="get" action="/staff/tickets" class="form-narrow">
          <div class="field">
            <label class="label" for="f-q">Email address or name</label>
            <div class="hint" id="f-q-hint">An email address or a reference (RTC-2026-0042) finds it exactly; a name finds every requester whose name starts with it.</div>
            <input class="input input-medium" id="f-q" name="q" type="search" value="{$q}" aria-describedby="f-q-hint"/>
          </div>
          <button class="button" type="submit">Search</button>
        </form>
        <xsl:if test="/ticket-search/results">
          <section class="section" aria-labelledby="results-title">
            <h2 id="results-title">
              <xsl:value-of select="count(/ticket-search/results/ticket)"/>
              <xsl:text> request</xsl:text>
              <xsl:if test="count(/ticket-search/results/ticket) != 1">s</xsl:if>
            </h2>
            <xsl:if test="/ticket-search/results/ticket">
              <xsl:call-template name="ticket-table">
                <xsl:with-param name="rows" select="/ticket-search/results/ticket"/>
                <xsl:with-param name="caption">Requests found, newest first</xsl:with-param>
                <xsl:with-param name="with-requester" select="true()"/>
              </xsl:call-template>
            </xsl:if>
          </section>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
