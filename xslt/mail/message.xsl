<?xml version="1.0" encoding="UTF-8"?>
<!--
  mail/message.xsl: the plain-text messages staff actions send a
  requester, kept in the ticket's outbox. The first line of the output
  is the subject, then a blank line, then the body.

  Document: <message message="KIND" reference kind status due_date
    clock_start is_extended fee_ground fee_state outcome outcome_ground
    received_at today ...(the ticket's columns)>
    <text/>? <amount/>? <status_link/>?
    <name/> <contact_email/> <dpo_email/> <jurisdiction/>
    <supervisory_authority/> ...(the organisation's columns)
  </message>

  KIND: acknowledgement, identity-request, identity-failed, fee-proposal,
  fee-request, clarification-request, extension, answer, refusal,
  withdrawal, complaint-acknowledgement, complaint-answer.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>
  <xsl:output method="text" encoding="UTF-8" media-type="text/plain"/>

  <xsl:variable name="m" select="/message"/>
  <xsl:variable name="org" select="string($m/name)"/>
  <xsl:variable name="nl" select="'&#10;'"/>
  <xsl:variable name="is-complaint" select="$m/@kind = 'complaint'"/>
  <xsl:variable name="what">
    <xsl:choose>
      <xsl:when test="$is-complaint">complaint</xsl:when>
      <xsl:otherwise>request</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="subject"/>
    <xsl:value-of select="concat($nl, $nl)"/>
    <xsl:text>Dear </xsl:text>
    <xsl:choose>
      <xsl:when test="$m/@requester_name != ''"><xsl:value-of select="$m/@requester_name"/></xsl:when>
      <xsl:otherwise>requester</xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat(',', $nl, $nl)"/>
    <xsl:call-template name="body"/>
    <xsl:value-of select="$nl"/>
    <xsl:call-template name="sign-off"/>
  </xsl:template>

  <xsl:template name="subject">
    <xsl:variable name="s">
      <xsl:choose>
        <xsl:when test="$m/@message = 'acknowledgement' and $is-complaint">Your complaint has reached us</xsl:when>
        <xsl:when test="$m/@message = 'acknowledgement'">We have received your <xsl:value-of select="$what"/></xsl:when>
        <xsl:when test="$m/@message = 'identity-request'">We need to confirm your identity</xsl:when>
        <xsl:when test="$m/@message = 'identity-failed'">We could not confirm your identity</xsl:when>
        <xsl:when test="$m/@message = 'fee-proposal'">A fee for your request</xsl:when>
        <xsl:when test="$m/@message = 'fee-request'">Payment of the fee for your request</xsl:when>
        <xsl:when test="$m/@message = 'clarification-request'">We need more information about your request</xsl:when>
        <xsl:when test="$m/@message = 'extension'">We need more time to answer your request</xsl:when>
        <xsl:when test="$m/@message = 'answer'">Our answer to your request</xsl:when>
        <xsl:when test="$m/@message = 'refusal'">We cannot act on your request</xsl:when>
        <xsl:when test="$m/@message = 'withdrawal'">Your request is withdrawn</xsl:when>
        <xsl:when test="$m/@message = 'complaint-acknowledgement'">We have received your complaint</xsl:when>
        <xsl:when test="$m/@message = 'complaint-answer'">Our answer to your complaint</xsl:when>
        <xsl:otherwise>About your request</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:value-of select="concat($org, ': ', $s, ' (', $m/@reference, ')')"/>
  </xsl:template>

  <!-- A date in words, or the words given when there is none. -->
  <xsl:template name="date">
    <xsl:param name="date"/>
    <xsl:call-template name="format-date">
      <xsl:with-param name="date" select="$date"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="due-line">
    <xsl:if test="$m/@due_date != ''">
      <xsl:choose>
        <xsl:when test="$is-complaint">We will acknowledge your complaint by </xsl:when>
        <xsl:otherwise>We must answer by </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="date">
        <xsl:with-param name="date" select="$m/@due_date"/>
      </xsl:call-template>
      <xsl:value-of select="concat('.', $nl)"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="text-block">
    <xsl:if test="normalize-space($m/text) != ''">
      <xsl:value-of select="concat($nl, $m/text, $nl)"/>
    </xsl:if>
  </xsl:template>

  <!-- Art 12(4): the right to complain and to a judicial remedy. -->
  <xsl:template name="remedies">
    <xsl:value-of select="concat($nl, 'If you are unhappy with this, you have the right to complain to the data protection supervisory authority, ')"/>
    <xsl:call-template name="authority"/>
    <xsl:value-of select="concat(', and the right to seek a remedy through the courts.', $nl)"/>
  </xsl:template>

  <xsl:template name="authority">
    <xsl:choose>
      <xsl:when test="normalize-space($m/supervisory_authority) != ''"><xsl:value-of select="normalize-space($m/supervisory_authority)"/></xsl:when>
      <xsl:when test="$m/jurisdiction = 'uk'">the Information Commissioner's Office (ico.org.uk)</xsl:when>
      <xsl:otherwise>in the EU country where you live or work, or where the problem happened</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="body">
    <xsl:variable name="k" select="$m/@message"/>
    <xsl:choose>
      <xsl:when test="$k = 'acknowledgement'">
        <xsl:value-of select="concat('Thank you. ', $org, ' has received your ', $what, '.', $nl, $nl, 'Your reference: ', $m/@reference, $nl)"/>
        <xsl:call-template name="due-line"/>
        <xsl:if test="$m/status_link != ''">
          <xsl:value-of select="concat($nl, 'Follow your ', $what, ' at this private address (keep it to yourself):', $nl, $m/status_link, $nl)"/>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$k = 'identity-request'">
        <xsl:value-of select="concat('Before we can act on your request ', $m/@reference, ', we need to be sure that you are the person the data is about (or are acting for them). Please reply with the information below. We ask only for what we need, and we will not use it for anything else.', $nl)"/>
        <xsl:call-template name="text-block"/>
        <xsl:value-of select="concat($nl, 'The time we have to answer starts again from the day we receive it.', $nl)"/>
      </xsl:when>
      <xsl:when test="$k = 'identity-failed'">
        <xsl:value-of select="concat('We could not confirm that you are the person your request ', $m/@reference, ' is about, so we cannot act on it.', $nl)"/>
        <xsl:call-template name="text-block"/>
        <xsl:value-of select="concat($nl, 'You can make the request again with the information we asked for.', $nl)"/>
        <xsl:call-template name="remedies"/>
      </xsl:when>
      <xsl:when test="$k = 'fee-proposal' or $k = 'fee-request'">
        <xsl:choose>
          <xsl:when test="$m/@fee_ground = 'further-copy'">
            <xsl:value-of select="concat('Your first copy of your data is free. For the further copies you have asked for, the law allows us to charge a reasonable fee based on our administrative costs.', $nl)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat('We consider your request ', $m/@reference, ' to be manifestly ')"/>
            <xsl:choose>
              <xsl:when test="$m/@fee_ground = 'excessive'">excessive</xsl:when>
              <xsl:otherwise>unfounded</xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="concat('. In that case the law allows us to charge a reasonable fee based on our administrative costs of dealing with it.', $nl)"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="text-block"/>
        <xsl:value-of select="concat($nl, 'The fee: ')"/>
        <xsl:choose>
          <xsl:when test="normalize-space($m/amount) != ''"><xsl:value-of select="$m/amount"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$m/@fee_amount"/></xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="$nl"/>
        <xsl:choose>
          <xsl:when test="$k = 'fee-proposal'">
            <xsl:value-of select="concat($nl, 'We are telling you before we charge it, so that you can decide. If you do not want to pay, you can withdraw your request, and we will not charge you anything.', $nl)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat($nl, 'Please pay the fee if you want us to go ahead: reply to this message and we will tell you how. The time we have to answer starts on the day we receive it. If you do not want to pay, you can withdraw your request instead.', $nl)"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="remedies"/>
      </xsl:when>
      <xsl:when test="$k = 'clarification-request'">
        <xsl:value-of select="concat('To answer your request ', $m/@reference, ' we need you to tell us more:', $nl)"/>
        <xsl:call-template name="text-block"/>
        <xsl:value-of select="concat($nl, 'The time we have to answer is paused from the day we asked until the day your answer arrives.', $nl)"/>
      </xsl:when>
      <xsl:when test="$k = 'extension'">
        <xsl:value-of select="concat('The law lets us take up to two further months to answer a request that is complex, or when we have many requests from you. We need that extra time for your request ', $m/@reference, ', for these reasons:', $nl)"/>
        <xsl:call-template name="text-block"/>
        <xsl:value-of select="$nl"/>
        <xsl:call-template name="due-line"/>
        <xsl:call-template name="remedies"/>
      </xsl:when>
      <xsl:when test="$k = 'answer'">
        <xsl:choose>
          <xsl:when test="$m/@outcome = 'no-data'">
            <xsl:value-of select="concat('We have searched our records for your request ', $m/@reference, ' and we do not hold personal data about you.', $nl)"/>
          </xsl:when>
          <xsl:when test="$m/@outcome = 'partly-fulfilled'">
            <xsl:value-of select="concat('We have done part of what you asked in your request ', $m/@reference, '. What we have done, and why we have not done the rest:', $nl)"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:value-of select="concat('We have done what you asked in your request ', $m/@reference, '.', $nl)"/>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="text-block"/>
        <xsl:call-template name="remedies"/>
      </xsl:when>
      <xsl:when test="$k = 'refusal'">
        <xsl:value-of select="concat('We will not act on your request ', $m/@reference, '. ')"/>
        <xsl:choose>
          <xsl:when test="$m/@outcome_ground = 'unfounded'">We consider it manifestly unfounded. </xsl:when>
          <xsl:when test="$m/@outcome_ground = 'excessive'">We consider it manifestly excessive. </xsl:when>
          <xsl:otherwise>An exemption in data protection law applies to it. </xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="concat('Our reasons:', $nl)"/>
        <xsl:call-template name="text-block"/>
        <xsl:call-template name="remedies"/>
      </xsl:when>
      <xsl:when test="$k = 'withdrawal'">
        <xsl:value-of select="concat('Your request ', $m/@reference, ' is withdrawn, so we will take no further action on it.', $nl)"/>
        <xsl:call-template name="text-block"/>
      </xsl:when>
      <xsl:when test="$k = 'complaint-acknowledgement'">
        <xsl:value-of select="concat('We have received your complaint ', $m/@reference, ' about how we handle personal data. We will look into it and answer you without undue delay.', $nl)"/>
        <xsl:call-template name="text-block"/>
      </xsl:when>
      <xsl:when test="$k = 'complaint-answer'">
        <xsl:value-of select="concat('This is our answer to your complaint ', $m/@reference, ':', $nl)"/>
        <xsl:call-template name="text-block"/>
        <xsl:call-template name="remedies"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="text-block"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="sign-off">
    <xsl:value-of select="concat('Yours sincerely,', $nl, $org, $nl)"/>
    <xsl:if test="$m/dpo_email != ''">
      <xsl:value-of select="concat('Data protection officer: ', $m/dpo_email, $nl)"/>
    </xsl:if>
    <xsl:if test="$m/dpo_email = '' or not($m/dpo_email)">
      <xsl:if test="$m/contact_email != ''">
        <xsl:value-of select="concat('Contact: ', $m/contact_email, $nl)"/>
      </xsl:if>
    </xsl:if>
    <xsl:value-of select="concat('Reference: ', $m/@reference, $nl)"/>
  </xsl:template>
</xsl:stylesheet>
