<?xml version="1.0" encoding="UTF-8"?>
<!--
  public/request-done.xsl: the confirmation after a request is sent: its
  reference, the date the answer is due and the private status link,
  shown this once.
  Document: <request-done><meta/><organisation slug>Name</organisation>
  <ticket reference kind due status-link? again?/>?</request-done>
  again="1": the same form was sent before; its ticket is shown, and its
  status link is not (it was shown the first time, and is in the
  acknowledgement).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="o" select="/request-done/organisation"/>
  <xsl:variable name="t" select="/request-done/ticket"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title">Request sent</xsl:with-param>
      <xsl:with-param name="caption" select="string($o)"/>
      <xsl:with-param name="referrer">none</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:choose>
          <xsl:when test="$t">
            <div class="panel" role="status">
              <p>Your reference is <strong class="reference"><xsl:value-of select="$t/@reference"/></strong></p>
            </div>
            <xsl:choose>
              <xsl:when test="string($t/@due) != ''">
                <p>
                  <xsl:value-of select="$o"/>
                  <xsl:choose>
                    <xsl:when test="$t/@kind = 'complaint'"> must acknowledge your complaint by </xsl:when>
                    <xsl:otherwise> must answer by </xsl:otherwise>
                  </xsl:choose>
                  <strong>
                    <xsl:call-template name="format-date">
                      <xsl:with-param name="date" select="$t/@due"/>
                    </xsl:call-template>
                  </strong>
                  <xsl:text>.</xsl:text>
                </p>
              </xsl:when>
              <xsl:otherwise>
                <p><xsl:value-of select="$o"/> will tell you the date by which it must answer.</p>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:if test="$t/@kind != 'complaint'">
              <p>If it needs to confirm who you are, it will tell you, and the date may move.</p>
            </xsl:if>
            <xsl:choose>
              <xsl:when test="$t/@status-link != ''">
                <section class="section" aria-labelledby="link-title">
                  <h2 id="link-title">Keep this link</h2>
                  <p>You can follow your request at this private address. Keep it safe: it is shown only once, and anyone who has it can see the status of your request.</p>
                  <p><a class="status-link" href="{$t/@status-link}"><xsl:value-of select="$t/@status-link"/></a></p>
                </section>
              </xsl:when>
              <xsl:otherwise>
                <p>You had already sent this request, so nothing new was made. Its private status link is the one shown when you first sent it, and it is also in the message to your email address.</p>
              </xsl:otherwise>
            </xsl:choose>
            <p>A message with your reference and these details will also go to your email address. Follow the link in it to confirm the address is yours.</p>
          </xsl:when>
          <xsl:otherwise>
            <p>Your request to <xsl:value-of select="$o"/> has been sent.</p>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
