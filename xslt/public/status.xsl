<?xml version="1.0" encoding="UTF-8"?>
<!--
  public/status.xsl: a requester's own status page, reached by a private
  token link. It shows the request's reference, kind, status and due date,
  and nothing else personal. The URL holds the token, so the page sends
  no Referer.
  Document: <status><meta/><ticket reference kind status due?>
  <organisation slug>Name</organisation></ticket></status>
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="ticket" select="/status/ticket"/>
  <xsl:variable name="org-name" select="string($ticket/organisation)"/>
  <!-- Status codes compared in lower case with underscores. -->
  <xsl:variable name="st"
    select="translate($ticket/@status, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ- ', 'abcdefghijklmnopqrstuvwxyz__')"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Your request ', $ticket/@reference)"/>
      <xsl:with-param name="heading">Your request</xsl:with-param>
      <xsl:with-param name="caption" select="$org-name"/>
      <xsl:with-param name="referrer">none</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="$ticket"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="ticket">
    <dl class="summary">
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Reference</xsl:with-param>
        <xsl:with-param name="value">
          <strong class="reference"><xsl:value-of select="@reference"/></strong>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Made to</xsl:with-param>
        <xsl:with-param name="value">
          <a href="/o/{organisation/@slug}"><xsl:value-of select="organisation"/></a>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">What you asked for</xsl:with-param>
        <xsl:with-param name="value">
          <xsl:call-template name="kind-words">
            <xsl:with-param name="kind" select="@kind"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">Status</xsl:with-param>
        <xsl:with-param name="value">
          <xsl:call-template name="status-tag"/>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="summary-row">
        <xsl:with-param name="label">
          <xsl:choose>
            <xsl:when test="@kind = 'complaint'">Acknowledgement due by</xsl:when>
            <xsl:otherwise>Answer due by</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="value">
          <xsl:choose>
            <xsl:when test="@due != '' and $st = 'paused'">
              <xsl:call-template name="format-date">
                <xsl:with-param name="date" select="@due"/>
              </xsl:call-template>
              <xsl:text> if you reply today; each day until your reply arrives is added</xsl:text>
            </xsl:when>
            <xsl:when test="@due != ''">
              <xsl:call-template name="format-date">
                <xsl:with-param name="date" select="@due"/>
              </xsl:call-template>
            </xsl:when>
            <xsl:otherwise>No date yet</xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
    </dl>

    <section class="section" aria-labelledby="means-title">
      <h2 id="means-title">What this means</h2>
      <p><xsl:call-template name="status-explained"/></p>
      <xsl:if test="not(@due != '') and $st = 'awaiting_identity'">
        <p>The time limit for an answer (usually one month) starts once <xsl:value-of select="$org-name"/> has confirmed who you are, so there is no due date yet.</p>
      </xsl:if>
    </section>

    <section class="section" aria-labelledby="private-title">
      <h2 id="private-title">Keep this link private</h2>
      <p>Anyone with the address of this page can see the status of your request. It shows nothing else about you. Quote your reference, <xsl:value-of select="@reference"/>, if you contact <xsl:value-of select="$org-name"/> about it.</p>
    </section>
  </xsl:template>

  <!-- A ticket kind in plain words. Param: kind. -->
  <xsl:template name="kind-words">
    <xsl:param name="kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'access'">A copy of your personal data (a subject access request)</xsl:when>
      <xsl:when test="$kind = 'erasure'">To have your personal data erased</xsl:when>
      <xsl:when test="$kind = 'rectification'">To have inaccurate personal data about you corrected</xsl:when>
      <xsl:when test="$kind = 'restriction'">To limit how your personal data is used</xsl:when>
      <xsl:when test="$kind = 'portability'">Your personal data in a form you can take to another organisation (data portability)</xsl:when>
      <xsl:when test="$kind = 'objection'">To stop your personal data being used for some purposes (an objection)</xsl:when>
      <xsl:when test="$kind = 'complaint'">A complaint about how your personal data is handled</xsl:when>
      <xsl:otherwise>A request about your personal data</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="status-tag">
    <xsl:call-template name="tag">
      <xsl:with-param name="colour">
        <xsl:choose>
          <xsl:when test="$st = 'answered'">green</xsl:when>
          <xsl:when test="$st = 'refused'">red</xsl:when>
          <xsl:when test="$st = 'awaiting_identity' or $st = 'awaiting_fee' or $st = 'paused' or $st = 'extended'">yellow</xsl:when>
          <xsl:when test="$st = 'closed' or $st = 'withdrawn'">grey</xsl:when>
          <xsl:otherwise>blue</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
      <xsl:with-param name="text">
        <xsl:choose>
          <xsl:when test="$st = 'received'">Received</xsl:when>
          <xsl:when test="$st = 'awaiting_identity'">Waiting for proof of identity</xsl:when>
          <xsl:when test="$st = 'awaiting_fee'">Waiting for a fee</xsl:when>
          <xsl:when test="$st = 'in_progress'">In progress</xsl:when>
          <xsl:when test="$st = 'acknowledged'">Acknowledged</xsl:when>
          <xsl:when test="$st = 'paused'">Paused</xsl:when>
          <xsl:when test="$st = 'extended'">Extended</xsl:when>
          <xsl:when test="$st = 'answered'">Answered</xsl:when>
          <xsl:when test="$st = 'refused'">Refused</xsl:when>
          <xsl:when test="$st = 'closed'">Closed</xsl:when>
          <xsl:when test="$st = 'withdrawn'">Withdrawn</xsl:when>
          <xsl:otherwise>Being handled</xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="status-explained">
    <xsl:variable name="who" select="$org-name"/>
    <xsl:choose>
      <xsl:when test="$st = 'received'"><xsl:value-of select="$who"/> has your request and will start on it soon.</xsl:when>
      <xsl:when test="$st = 'awaiting_identity'"><xsl:value-of select="$who"/> needs to confirm who you are before it can answer. Look for a message from them that explains how.</xsl:when>
      <xsl:when test="$st = 'awaiting_fee'"><xsl:value-of select="$who"/> has told you of a fee the law allows it to charge for this request, and why. The time limit starts when the fee is paid; you may withdraw the request instead.</xsl:when>
      <xsl:when test="$st = 'in_progress'"><xsl:value-of select="$who"/> is working on your request.</xsl:when>
      <xsl:when test="$st = 'acknowledged'"><xsl:value-of select="$who"/> has acknowledged your complaint and will answer it without undue delay.</xsl:when>
      <xsl:when test="$st = 'paused'"><xsl:value-of select="$who"/> has asked you for information it needs to answer. The time limit is paused until you reply.</xsl:when>
      <xsl:when test="$st = 'extended'"><xsl:value-of select="$who"/> has told you, with its reasons, that it needs more time, as the law allows for complex requests. The date above includes the extra time.</xsl:when>
      <xsl:when test="$st = 'answered'"><xsl:value-of select="$who"/> has answered your request. Look for its reply in your email or post.</xsl:when>
      <xsl:when test="$st = 'refused'"><xsl:value-of select="$who"/> has refused your request and should have told you why. If you disagree, you can complain to the data protection supervisory authority or go to court.</xsl:when>
      <xsl:when test="$st = 'closed'">Your request is closed. Nothing more is planned.</xsl:when>
      <xsl:when test="$st = 'withdrawn'">You withdrew this request, so nothing more will happen with it.</xsl:when>
      <xsl:otherwise><xsl:value-of select="$who"/> is handling your request.</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
