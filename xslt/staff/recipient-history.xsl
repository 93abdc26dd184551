<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/recipient-history.xsl: every saved version of one recipient,
  newest first, each with the fields it changed (before and after), and
  every change to where it holds data (locations added and removed).

  Document:
    <recipient-history><meta/>
      <organisation slug><name/></organisation>
      <recipient id retired?><name/></recipient>
      <version n by? at="2026-11-23 12:00:01.123456">
        <change field="contract_ref"><from/>?<to/>?</change>*
      </version>*   (oldest first; the first is the creation)
      <locations>
        <event change="added|retired|restored|changed" location by? at
               country region? mechanism?>
          <country_name/><mechanism_name/>?<note/>?
        </event>*   (in the order they happened)
      </locations>
    </recipient-history>

  A field "is_retired" (0 or 1) records retiring the recipient. A version
  or event without "by" was made by the system (an import or
  gdprdeskctl). The versions are drawn by history.xsl's "version"
  template; this sheet gives it the recipient's field names and values.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="history.xsl"/>

  <xsl:variable name="entity-word">recipient</xsl:variable>
  <xsl:variable name="r-org" select="/recipient-history/organisation"/>
  <xsl:variable name="rec" select="/recipient-history/recipient"/>
  <xsl:variable name="rec-href" select="concat('/staff/o/', $r-org/@slug, '/recipients/', $rec/@id)"/>
  <xsl:variable name="rec-name">
    <xsl:choose>
      <xsl:when test="normalize-space($rec/name) != ''">
        <xsl:value-of select="$rec/name"/>
      </xsl:when>
      <xsl:otherwise>Unnamed recipient</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="title" select="concat('History of ', $rec-name, ' – ', $r-org/name)"/>
      <xsl:with-param name="heading" select="concat('History of ', $rec-name)"/>
      <xsl:with-param name="caption" select="string($r-org/name)"/>
      <xsl:with-param name="back-href" select="$rec-href"/>
      <xsl:with-param name="back-text">Back to the recipient</xsl:with-param>
      <xsl:with-param name="body">
        <xsl:apply-templates select="recipient-history"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="recipient-history">
    <p>Every saved version of this recipient, newest first, with the fields each one changed, and every change to where it holds data. Times are in UTC.</p>
    <xsl:if test="$rec/@retired = '1'">
      <p>This recipient is retired: it is left out of the register, and its history is kept.</p>
    </xsl:if>
    <p><a href="#locations-title">Changes to where it holds data</a> are listed after the versions.</p>
    <xsl:choose>
      <xsl:when test="version">
        <xsl:for-each select="version">
          <xsl:sort select="position()" data-type="number" order="descending"/>
          <xsl:apply-templates select="."/>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <p>There is no history for this recipient.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="locations"/>
  </xsl:template>

  <!-- The locations' history: one row per change, newest first. -->
  <xsl:template match="locations">
    <section class="section" aria-labelledby="locations-title">
      <h2 id="locations-title">Where it holds data</h2>
      <xsl:choose>
        <xsl:when test="event">
          <p class="muted section-intro">Each location added to this recipient or removed from it, with the transfer mechanism it rested on, newest first.</p>
          <!-- Scrolls on a narrow screen: focusable and named (screen.css, .table-wrap). -->
          <div class="table-wrap" role="region" tabindex="0" aria-label="Changes to the locations of {$rec-name}">
            <table class="table history-table">
              <caption class="visually-hidden">Changes to the locations of <xsl:value-of select="$rec-name"/></caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Change</th>
                  <th scope="col">Location</th>
                  <th scope="col">Transfer mechanism</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="event">
                  <xsl:sort select="position()" data-type="number" order="descending"/>
                  <tr>
                    <td>
                      <xsl:call-template name="format-timestamp">
                        <xsl:with-param name="at" select="string(@at)"/>
                      </xsl:call-template>
                    </td>
                    <td><xsl:call-template name="change-tag"/></td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="normalize-space(country_name) != ''">
                          <xsl:value-of select="country_name"/>
                        </xsl:when>
                        <xsl:otherwise><xsl:value-of select="@country"/></xsl:otherwise>
                      </xsl:choose>
                      <xsl:if test="normalize-space(@region) != ''">
                        <xsl:text> (</xsl:text>
                        <xsl:value-of select="@region"/>
                        <xsl:text>)</xsl:text>
                      </xsl:if>
                      <xsl:if test="normalize-space(note) != ''">
                        <div class="hint multiline"><xsl:value-of select="note"/></div>
                      </xsl:if>
                    </td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="normalize-space(mechanism_name) != ''">
                          <xsl:value-of select="mechanism_name"/>
                        </xsl:when>
                        <xsl:when test="normalize-space(@mechanism) != ''">
                          <xsl:value-of select="@mechanism"/>
                        </xsl:when>
                        <xsl:otherwise><span class="muted">None stated</span></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="normalize-space(@by) != ''">
                          <xsl:value-of select="@by"/>
                        </xsl:when>
                        <xsl:otherwise>the system (import or command line)</xsl:otherwise>
                      </xsl:choose>
                    </td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p>No location has ever been recorded for this recipient.</p>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- change-tag: what an event (context) did, as a tag. -->
  <xsl:template name="change-tag">
    <xsl:choose>
      <xsl:when test="@change = 'added'">
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Added</xsl:with-param>
          <xsl:with-param name="colour">green</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="@change = 'retired'">
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Removed</xsl:with-param>
          <xsl:with-param name="colour">red</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="@change = 'restored'">
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Restored</xsl:with-param>
          <xsl:with-param name="colour">blue</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="tag">
          <xsl:with-param name="text">Changed</xsl:with-param>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- value-cell: a recipient's value (an element, absent when empty) in words. -->
  <xsl:template name="value-cell">
    <xsl:param name="field"/>
    <xsl:param name="v"/>
    <xsl:variable name="s" select="string($v)"/>
    <xsl:choose>
      <xsl:when test="not($v) or $s = ''">
        <span class="muted">(empty)</span>
      </xsl:when>
      <xsl:when test="$field = 'kind'">
        <xsl:choose>
          <xsl:when test="$s = 'processor'">Processor</xsl:when>
          <xsl:when test="$s = 'sub-processor'">Sub-processor</xsl:when>
          <xsl:when test="$s = 'independent-controller'">Independent controller</xsl:when>
          <xsl:when test="$s = 'joint-controller'">Joint controller</xsl:when>
          <xsl:when test="$s = 'public-authority'">Public authority</xsl:when>
          <xsl:when test="$s = 'internal'">Internal (within the organisation)</xsl:when>
          <xsl:when test="$s = 'category'">A category of recipients</xsl:when>
          <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'dpf_certified'">
        <xsl:choose>
          <xsl:when test="$s = '1'">Yes</xsl:when>
          <xsl:when test="$s = '0'">No</xsl:when>
          <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'is_retired'">
        <xsl:choose>
          <xsl:when test="$s = '1'">Retired</xsl:when>
          <xsl:when test="$s = '0'">In the register</xsl:when>
          <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="$field = 'contract_date' or $field = 'dpf_verified'">
        <xsl:call-template name="format-date">
          <xsl:with-param name="date" select="$s"/>
          <xsl:with-param name="weekday">no</xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <span class="multiline"><xsl:value-of select="$s"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- field-label: a column of the recipient in words. -->
  <xsl:template name="field-label">
    <xsl:param name="field"/>
    <xsl:choose>
      <xsl:when test="$field = 'name'">Name</xsl:when>
      <xsl:when test="$field = 'kind'">Kind of recipient</xsl:when>
      <xsl:when test="$field = 'service'">Service provided</xsl:when>
      <xsl:when test="$field = 'contact'">Contact details</xsl:when>
      <xsl:when test="$field = 'contract_ref'">Contract reference</xsl:when>
      <xsl:when test="$field = 'contract_date'">Contract date</xsl:when>
      <xsl:when test="$field = 'certifications'">Certifications</xsl:when>
      <xsl:when test="$field = 'dpf_certified'">On the Data Privacy Framework list</xsl:when>
      <xsl:when test="$field = 'dpf_verified'">List last checked</xsl:when>
      <xsl:when test="$field = 'note'">Note</xsl:when>
      <xsl:when test="$field = 'is_retired'">Status</xsl:when>
      <xsl:otherwise><xsl:value-of select="$field"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
