<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/checks.xsl: what the checks find wrong in an organisation's
  record of processing, errors first, each with how to put it right.
  Document: <checks><meta/><organisation id slug jurisdiction><name/>
  </organisation><finding code severity article entity entity_id?>
  <entity_name/><message/><fix/></finding>...
  <summary error warning info/></checks>
  severity is error, warning or info; entity is organisation, activity or
  recipient (entity_id names the last two).
  The first finding shown about an entity carries the id
  "findings-ENTITY-ID" ("findings-organisation" for the organisation),
  which the register's finding tags link to.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:key name="by-entity-severity" match="finding"
    use="concat(@entity, ':', @entity_id, ':', @severity)"/>

  <xsl:variable name="org" select="/checks/organisation"/>
  <xsl:variable name="org-href" select="concat('/staff/o/', $org/@slug)"/>
  <xsl:variable name="register-href" select="concat($org-href, '/register')"/>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('Checks: ', $org/name)"/>
      <xsl:with-param name="heading" select="string($org/name)"/>
      <xsl:with-param name="caption">Checks of the record of processing</xsl:with-param>
      <xsl:with-param name="section">dashboard</xsl:with-param>
      <xsl:with-param name="back-href" select="$org-href"/>
      <xsl:with-param name="back-text" select="concat('Back to ', $org/name)"/>
      <xsl:with-param name="body">
        <xsl:apply-templates select="checks"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="checks">
    <xsl:variable name="e" select="count(finding[@severity = 'error'])"/>
    <xsl:variable name="w" select="count(finding[@severity = 'warning'])"/>
    <xsl:variable name="i" select="count(finding[@severity = 'info'])"/>
    <p>
      <xsl:text>Each check compares the </xsl:text>
      <a href="{$register-href}">record of processing</a>
      <xsl:text> with the law: a finding names the article it comes from, what is wrong and how to put it right.</xsl:text>
    </p>
    <xsl:choose>
      <xsl:when test="not(finding)">
        <div class="panel">
          <p>No problems found: every check passes.</p>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p class="findings-line">
          <xsl:text>The checks found </xsl:text>
          <xsl:if test="$e &gt; 0">
            <a href="#errors-title">
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="$e"/>
                <xsl:with-param name="one">error</xsl:with-param>
                <xsl:with-param name="many">errors</xsl:with-param>
              </xsl:call-template>
            </a>
          </xsl:if>
          <xsl:if test="$e &gt; 0 and $w &gt; 0">
            <xsl:choose>
              <xsl:when test="$i &gt; 0">, </xsl:when>
              <xsl:otherwise> and </xsl:otherwise>
            </xsl:choose>
          </xsl:if>
          <xsl:if test="$w &gt; 0">
            <a href="#warnings-title">
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="$w"/>
                <xsl:with-param name="one">warning</xsl:with-param>
                <xsl:with-param name="many">warnings</xsl:with-param>
              </xsl:call-template>
            </a>
          </xsl:if>
          <xsl:if test="$i &gt; 0">
            <xsl:if test="$e + $w &gt; 0"> and </xsl:if>
            <a href="#info-title">
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="$i"/>
                <xsl:with-param name="one">note</xsl:with-param>
                <xsl:with-param name="many">notes</xsl:with-param>
              </xsl:call-template>
            </a>
          </xsl:if>
          <xsl:text>.</xsl:text>
        </p>
        <xsl:call-template name="group">
          <xsl:with-param name="severity">error</xsl:with-param>
          <xsl:with-param name="id">errors</xsl:with-param>
          <xsl:with-param name="title">Errors</xsl:with-param>
          <xsl:with-param name="intro">The record breaks a rule of the law. Put these right first.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="group">
          <xsl:with-param name="severity">warning</xsl:with-param>
          <xsl:with-param name="id">warnings</xsl:with-param>
          <xsl:with-param name="title">Warnings</xsl:with-param>
          <xsl:with-param name="intro">Gaps in the record that a regulator could ask about.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="group">
          <xsl:with-param name="severity">info</xsl:with-param>
          <xsl:with-param name="id">info</xsl:with-param>
          <xsl:with-param name="title">For information</xsl:with-param>
          <xsl:with-param name="intro">Worth knowing; nothing has to change.</xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    group: the findings of one severity, as a section; nothing when there
    are none. Params: severity, id, title, intro.
  -->
  <xsl:template name="group">
    <xsl:param name="severity"/>
    <xsl:param name="id"/>
    <xsl:param name="title"/>
    <xsl:param name="intro"/>
    <xsl:variable name="list" select="/checks/finding[@severity = $severity]"/>
    <xsl:if test="$list">
      <section class="section" aria-labelledby="{$id}-title">
        <h2 id="{$id}-title">
          <xsl:value-of select="$title"/>
          <xsl:text> (</xsl:text>
          <xsl:value-of select="count($list)"/>
          <xsl:text>)</xsl:text>
        </h2>
        <p class="muted section-intro"><xsl:value-of select="$intro"/></p>
        <ol class="findings">
          <xsl:apply-templates select="$list"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="finding">
    <xsl:variable name="prefix" select="concat(@entity, ':', @entity_id, ':')"/>
    <!-- Is this the first finding shown about its entity? -->
    <xsl:variable name="first"
      select="generate-id() = generate-id(key('by-entity-severity', concat($prefix, @severity))[1])
              and (@severity = 'error'
                   or (@severity = 'warning' and not(key('by-entity-severity', concat($prefix, 'error'))))
                   or (@severity = 'info' and not(key('by-entity-severity', concat($prefix, 'error')))
                       and not(key('by-entity-severity', concat($prefix, 'warning')))))"/>
    <li class="finding finding-{@severity}">
      <xsl:if test="$first">
        <xsl:attribute name="id">
          <xsl:text>findings-</xsl:text>
          <xsl:value-of select="@entity"/>
          <xsl:if test="@entity != 'organisation'">-<xsl:value-of select="@entity_id"/></xsl:if>
        </xsl:attribute>
      </xsl:if>
      <p class="finding-head">
        <xsl:call-template name="severity-tag">
          <xsl:with-param name="severity" select="string(@severity)"/>
        </xsl:call-template>
        <xsl:text> </xsl:text>
        <span class="finding-code"><span class="visually-hidden">Check </span><xsl:value-of select="@code"/></span>
        <xsl:if test="normalize-space(@article) != ''">
          <xsl:text> </xsl:text>
          <span class="finding-article"><span class="visually-hidden">under </span><xsl:value-of select="@article"/></span>
        </xsl:if>
      </p>
      <p class="finding-message"><xsl:value-of select="message"/></p>
      <dl class="finding-details">
        <div>
          <dt>About</dt>
          <dd><xsl:call-template name="entity"/></dd>
        </div>
        <div>
          <dt>How to fix</dt>
          <dd>
            <xsl:choose>
              <xsl:when test="normalize-space(fix) != ''"><xsl:value-of select="fix"/></xsl:when>
              <xsl:otherwise><xsl:call-template name="not-recorded"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </div>
      </dl>
    </li>
  </xsl:template>

  <!-- entity: what the context finding is about, linked to it. -->
  <xsl:template name="entity">
    <xsl:variable name="name">
      <xsl:choose>
        <xsl:when test="normalize-space(entity_name) != ''"><xsl:value-of select="entity_name"/></xsl:when>
        <xsl:when test="@entity = 'organisation'"><xsl:value-of select="$org/name"/></xsl:when>
        <xsl:otherwise>Number <xsl:value-of select="@entity_id"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@entity = 'activity'">
        <xsl:text>Processing activity: </xsl:text>
        <a href="{$register-href}#activity-{@entity_id}"><xsl:value-of select="$name"/></a>
      </xsl:when>
      <xsl:when test="@entity = 'recipient'">
        <xsl:text>Recipient: </xsl:text>
        <a href="{$register-href}#recipient-{@entity_id}"><xsl:value-of select="$name"/></a>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>The organisation: </xsl:text>
        <a href="{$org-href}"><xsl:value-of select="$name"/></a>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- severity-tag: the severity as words on a coloured tag. Param: severity. -->
  <xsl:template name="severity-tag">
    <xsl:param name="severity"/>
    <xsl:choose>
      <xsl:when test="$severity = 'error'">
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Error</xsl:with-param>
          <xsl:with-param name="colour">red</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="$severity = 'warning'">
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
  </xsl:template>

  <!-- count-noun: "1 error", "3 errors". Params: n, one, many. -->
  <xsl:template name="count-noun">
    <xsl:param name="n"/>
    <xsl:param name="one"/>
    <xsl:param name="many"/>
    <xsl:value-of select="$n"/>
    <xsl:text> </xsl:text>
    <xsl:choose>
      <xsl:when test="$n = 1"><xsl:value-of select="$one"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$many"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
