<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/ticket-rows.xsl: a table of tickets, included by the dashboard,
  an organisation's request list and the requester search.

  Rows: <ticket reference kind status due? received org org-name
  outcome? extended? days-allowed? days-used? days-left? days-waiting?>
  <requester/>?</ticket>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!--
    ticket-table: rows, a caption, and which columns: with-org shows the
    organisation, with-requester the requester's name.
  -->
  <xsl:template name="ticket-table">
    <xsl:param name="rows"/>
    <xsl:param name="caption"/>
    <xsl:param name="with-org" select="true()"/>
    <xsl:param name="with-requester" select="false()"/>
    <div class="table-wrap">
      <table class="table tickets">
        <caption class="visually-hidden"><xsl:value-of select="$caption"/></caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <xsl:if test="$with-org"><th scope="col">Organisation</th></xsl:if>
            <xsl:if test="$with-requester"><th scope="col">Requester</th></xsl:if>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
            <th scope="col">Time used</th>
          </tr>
        </thead>
        <tbody>
          <xsl:for-each select="$rows">
            <tr>
              <th scope="row"><a href="/staff/o/{@org}/tickets/{@reference}"><xsl:value-of select="@reference"/></a></th>
              <xsl:if test="$with-org"><td><xsl:value-of select="@org-name"/></td></xsl:if>
              <xsl:if test="$with-requester"><td><xsl:value-of select="requester"/></td></xsl:if>
              <td>
                <xsl:call-template name="request-kind-name">
                  <xsl:with-param name="kind" select="@kind"/>
                </xsl:call-template>
              </td>
              <td>
                <xsl:call-template name="request-status-name">
                  <xsl:with-param name="status" select="@status"/>
                </xsl:call-template>
                <xsl:if test="@outcome">
                  <xsl:text>: </xsl:text>
                  <xsl:call-template name="request-outcome-name">
                    <xsl:with-param name="outcome" select="@outcome"/>
                  </xsl:call-template>
                </xsl:if>
                <xsl:if test="@extended"> (extended)</xsl:if>
              </td>
              <td>
                <xsl:choose>
                  <xsl:when test="@due">
                    <xsl:if test="@kind = 'complaint' and @status = 'received'">Acknowledge by </xsl:if>
                    <xsl:call-template name="format-date">
                      <xsl:with-param name="date" select="@due"/>
                    </xsl:call-template>
                  </xsl:when>
                  <xsl:otherwise><span class="muted">No clock</span></xsl:otherwise>
                </xsl:choose>
              </td>
              <td>
                <xsl:call-template name="ticket-bar"/>
              </td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </div>
  </xsl:template>

  <!-- The bar: time used against time allowed, with its words. -->
  <xsl:template name="ticket-bar">
    <xsl:choose>
      <xsl:when test="@status = 'closed'"><span class="muted">Closed</span></xsl:when>
      <xsl:when test="@status = 'acknowledged'"><span class="muted">Acknowledged: to answer</span></xsl:when>
      <xsl:when test="@days-allowed">
        <meter min="0" max="{@days-allowed}" value="{@days-used}" low="{floor(@days-allowed * 0.5)}" high="{floor(@days-allowed * 0.8)}" optimum="0" aria-hidden="true">
          <xsl:value-of select="concat(@days-used, ' of ', @days-allowed)"/>
        </meter>
        <xsl:text> </xsl:text>
        <xsl:choose>
          <xsl:when test="@days-left &lt; 0"><strong><xsl:value-of select="-@days-left"/> days overdue</strong></xsl:when>
          <xsl:when test="@days-left = 0"><strong>due today</strong></xsl:when>
          <xsl:otherwise><xsl:value-of select="@days-left"/> days left</xsl:otherwise>
        </xsl:choose>
        <span class="muted"><xsl:value-of select="concat(' (', @days-used, ' of ', @days-allowed, ' days)')"/></span>
      </xsl:when>
      <xsl:when test="@days-waiting">waiting <xsl:value-of select="@days-waiting"/> days</xsl:when>
    </xsl:choose>
  </xsl:template>
  <!-- A request's kind, status and outcome in words (a parameter each). -->
  <xsl:template name="request-kind-name">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'access'">Access (Art 15)</xsl:when>
      <xsl:when test="$kind = 'erasure'">Erasure (Art 17)</xsl:when>
      <xsl:when test="$kind = 'rectification'">Rectification (Art 16)</xsl:when>
      <xsl:when test="$kind = 'restriction'">Restriction (Art 18)</xsl:when>
      <xsl:when test="$kind = 'portability'">Portability (Art 20)</xsl:when>
      <xsl:when test="$kind = 'objection'">Objection (Art 21)</xsl:when>
      <xsl:when test="$kind = 'complaint'">Complaint (DPA 2018 s.164A)</xsl:when>
      <xsl:otherwise>Not sure yet</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="request-status-name">
    <xsl:param name="status"/>
    <xsl:choose>
      <xsl:when test="$status = 'received'">Received</xsl:when>
      <xsl:when test="$status = 'in-progress'">In progress</xsl:when>
      <xsl:when test="$status = 'awaiting-identity'">Waiting for identity</xsl:when>
      <xsl:when test="$status = 'awaiting-fee'">Waiting for the fee</xsl:when>
      <xsl:when test="$status = 'awaiting-clarification'">Paused: clarification asked</xsl:when>
      <xsl:when test="$status = 'acknowledged'">Acknowledged</xsl:when>
      <xsl:when test="$status = 'closed'">Closed</xsl:when>
      <xsl:otherwise><xsl:value-of select="$status"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="request-outcome-name">
    <xsl:param name="outcome"/>
    <xsl:choose>
      <xsl:when test="$outcome = 'fulfilled'">Fulfilled</xsl:when>
      <xsl:when test="$outcome = 'partly-fulfilled'">Partly fulfilled</xsl:when>
      <xsl:when test="$outcome = 'no-data'">No data held</xsl:when>
      <xsl:when test="$outcome = 'refused'">Refused</xsl:when>
      <xsl:when test="$outcome = 'withdrawn'">Withdrawn</xsl:when>
      <xsl:when test="$outcome = 'identity-failed'">Identity not confirmed</xsl:when>
      <xsl:when test="$outcome = 'answered'">Answered</xsl:when>
      <xsl:otherwise><xsl:value-of select="$outcome"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
