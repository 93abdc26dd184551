<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/reports/ropa.xsl: the printable record of processing activities
  (Art 30), laid out as the ICO's documentation template: the controller's
  details (the template's header block: the controller, the DPO, the
  representative), the controller record's 30 columns in the template's
  order (ropa-columns.xsl) in three tables that fit a landscape page (1-11,
  12-23, 24-30, by the template's groups, each row headed by the
  activity), then the processor record in the four groups of Art 30(2).
  Document: <report name="ropa" scope="organisation"><meta/><asat/>?
  <register>...</register></report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="report.xsl"/>
  <xsl:import href="../../ropa-columns.xsl"/>

  <xsl:variable name="reg" select="/report/register[1]"/>
  <xsl:variable name="controller-acts" select="$reg/activities/activity[@role != 'processor']"/>
  <xsl:variable name="processor-acts" select="$reg/activities/activity[@role = 'processor']"/>

  <xsl:template match="/">
    <xsl:call-template name="report-page">
      <xsl:with-param name="title">Record of processing activities</xsl:with-param>
      <xsl:with-param name="intro">
        <p>
          <xsl:text>The record that Article 30 asks the organisation to keep, laid out as the ICO's documentation template: its details, then each activity it carries out as a controller under the template's 30 columns, then each it carries out for another controller as a processor. An empty cell is something the record does not hold yet; the </xsl:text>
          <a href="{$reports-href}/checks">checks</a>
          <xsl:text> say which gaps the law minds.</xsl:text>
        </p>
      </xsl:with-param>
      <xsl:with-param name="downloads">
        <li><a href="{$self-href}?format=csv&amp;record=processor{$asat-q}">Download the processor record as CSV</a></li>
      </xsl:with-param>
      <xsl:with-param name="body">
        <nav class="contents no-print" aria-labelledby="contents-title">
          <h2 id="contents-title" class="visually-hidden">On this page</h2>
          <ul class="link-list">
            <li><a href="#details-title">The organisation</a></li>
            <li><a href="#controller-title">As a controller</a></li>
            <li><a href="#processor-title">As a processor</a></li>
          </ul>
        </nav>
        <xsl:apply-templates select="$org"/>
        <xsl:call-template name="controller-record"/>
        <xsl:call-template name="processor-record"/>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- The template's header block: who keeps the record. -->
  <xsl:template match="organisation">
    <section class="section" aria-labelledby="details-title">
      <h2 id="details-title">The organisation</h2>
      <div class="table-wrap">
        <table class="table report-table report-contacts">
          <caption class="visually-hidden">Name and contact details of the controller, its data protection officer and its representative</caption>
          <thead>
            <tr>
              <td></td>
              <th scope="col">Controller</th>
              <th scope="col">Data protection officer</th>
              <th scope="col">Representative</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Name</th>
              <td>
                <xsl:value-of select="name"/>
                <xsl:if test="legal_name != '' and legal_name != name">
                  <xsl:text> (</xsl:text>
                  <xsl:value-of select="legal_name"/>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </td>
              <td><xsl:value-of select="dpo_name"/></td>
              <td><xsl:value-of select="representative_name"/></td>
            </tr>
            <tr>
              <th scope="row">Address</th>
              <td class="multiline"><xsl:value-of select="address"/></td>
              <td class="multiline"><xsl:value-of select="dpo_address"/></td>
              <td class="multiline"><xsl:value-of select="representative_contact"/></td>
            </tr>
            <tr>
              <th scope="row">Email</th>
              <td><xsl:value-of select="contact_email"/></td>
              <td><xsl:value-of select="dpo_email"/></td>
              <td></td>
            </tr>
            <tr>
              <th scope="row">Telephone</th>
              <td><xsl:value-of select="contact_phone"/></td>
              <td><xsl:value-of select="dpo_phone"/></td>
              <td></td>
            </tr>
          </tbody>
        </table>
      </div>
      <dl class="summary summary-compact">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Company number</xsl:with-param>
          <xsl:with-param name="value" select="string(company_number)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Registration with the regulator</xsl:with-param>
          <xsl:with-param name="value" select="string(registration_ref)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Supervisory authority</xsl:with-param>
          <xsl:with-param name="value" select="string(supervisory_authority)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Rule set</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:call-template name="rule-set-name">
              <xsl:with-param name="code" select="@jurisdiction"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- The controller record (Art 30(1)), in three tables. -->
  <xsl:template name="controller-record">
    <section class="section" aria-labelledby="controller-title">
      <h2 id="controller-title">Processing as a controller (Article 30(1))</h2>
      <xsl:choose>
        <xsl:when test="not($controller-acts)">
          <p>The record holds no activity carried out as a controller.</p>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:call-template name="count-noun">
              <xsl:with-param name="n" select="count($controller-acts)"/>
              <xsl:with-param name="one">activity</xsl:with-param>
              <xsl:with-param name="many">activities</xsl:with-param>
            </xsl:call-template>
            <xsl:text>, in the template's columns 1 to 11, 12 to 23 and 24 to 30.</xsl:text>
          </p>
          <xsl:call-template name="controller-table">
            <xsl:with-param name="part" select="1"/>
            <xsl:with-param name="from" select="1"/>
            <xsl:with-param name="to" select="11"/>
          </xsl:call-template>
          <xsl:call-template name="controller-table">
            <xsl:with-param name="part" select="2"/>
            <xsl:with-param name="from" select="12"/>
            <xsl:with-param name="to" select="23"/>
          </xsl:call-template>
          <xsl:call-template name="controller-table">
            <xsl:with-param name="part" select="3"/>
            <xsl:with-param name="from" select="24"/>
            <xsl:with-param name="to" select="30"/>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!--
    controller-table: the controller activities under columns from .. to.
    The template's groups head the columns they span (colgroups, so that
    scope="colgroup" means something).
  -->
  <xsl:template name="controller-table">
    <xsl:param name="part"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <div class="report-part report-part-{$part}">
      <h3 id="controller-part-{$part}">
        <xsl:text>Columns </xsl:text>
        <xsl:value-of select="$from"/>
        <xsl:text> to </xsl:text>
        <xsl:value-of select="$to"/>
      </h3>
      <div class="table-wrap" role="region" aria-labelledby="controller-part-{$part}" tabindex="0">
        <table class="table report-table report-ropa">
          <caption class="visually-hidden">
            <xsl:text>Activities as a controller, columns </xsl:text>
            <xsl:value-of select="$from"/>
            <xsl:text> to </xsl:text>
            <xsl:value-of select="$to"/>
            <xsl:text> of the ICO template</xsl:text>
          </caption>
          <colgroup><col class="col-activity"/></colgroup>
          <xsl:call-template name="colgroups">
            <xsl:with-param name="from" select="$from"/>
            <xsl:with-param name="to" select="$to"/>
          </xsl:call-template>
          <thead>
            <tr>
              <th scope="col" rowspan="2">Processing activity</th>
              <xsl:call-template name="group-headings">
                <xsl:with-param name="from" select="$from"/>
                <xsl:with-param name="to" select="$to"/>
              </xsl:call-template>
            </tr>
            <tr>
              <xsl:call-template name="ropa-headings">
                <xsl:with-param name="from" select="$from"/>
                <xsl:with-param name="to" select="$to"/>
              </xsl:call-template>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$controller-acts">
              <tr>
                <xsl:call-template name="activity-head"/>
                <xsl:call-template name="ropa-cells">
                  <xsl:with-param name="from" select="$from"/>
                  <xsl:with-param name="to" select="$to"/>
                </xsl:call-template>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </div>
  </xsl:template>

  <!--
    The groups among columns from .. to: a run of columns with the same
    group name is one group. group-span counts the run from n.
  -->
  <xsl:template name="colgroups">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:if test="$from &lt;= $to">
      <xsl:variable name="span">
        <xsl:call-template name="group-span">
          <xsl:with-param name="n" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:variable>
      <colgroup>
        <xsl:call-template name="cols">
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$from + $span - 1"/>
        </xsl:call-template>
      </colgroup>
      <xsl:call-template name="colgroups">
        <xsl:with-param name="from" select="$from + $span"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!--
    cols: a <col class="col-N"> per column from .. to, so that paper can
    give the columns that hold sentences more room.
  -->
  <xsl:template name="cols">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:if test="$from &lt;= $to">
      <col>
        <xsl:attribute name="class">
          <xsl:text>col-</xsl:text>
          <xsl:value-of select="$from"/>
        </xsl:attribute>
      </col>
      <xsl:call-template name="cols">
        <xsl:with-param name="from" select="$from + 1"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="group-headings">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:if test="$from &lt;= $to">
      <xsl:variable name="span">
        <xsl:call-template name="group-span">
          <xsl:with-param name="n" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:variable>
      <th scope="colgroup" colspan="{$span}" class="report-group">
        <xsl:call-template name="ropa-group-name">
          <xsl:with-param name="n" select="$from"/>
        </xsl:call-template>
      </th>
      <xsl:call-template name="group-headings">
        <xsl:with-param name="from" select="$from + $span"/>
        <xsl:with-param name="to" select="$to"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- How many columns from n (to at most) share n's group. -->
  <xsl:template name="group-span">
    <xsl:param name="n"/>
    <xsl:param name="to"/>
    <xsl:param name="k" select="1"/>
    <xsl:variable name="g">
      <xsl:call-template name="ropa-group-name">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="next">
      <xsl:call-template name="ropa-group-name">
        <xsl:with-param name="n" select="$n + $k"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$n + $k &lt;= $to and $next = $g">
        <xsl:call-template name="group-span">
          <xsl:with-param name="n" select="$n"/>
          <xsl:with-param name="to" select="$to"/>
          <xsl:with-param name="k" select="$k + 1"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$k"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The row's heading: the activity, and its state when not active. -->
  <xsl:template name="activity-head">
    <th scope="row">
      <xsl:value-of select="name"/>
      <xsl:if test="@status = 'draft'">
        <span class="muted"> (draft)</span>
      </xsl:if>
      <xsl:if test="@role = 'joint-controller'">
        <span class="muted"> (joint controller)</span>
      </xsl:if>
    </th>
  </xsl:template>

  <!-- ropa-columns.xsl's cells and headings, as table cells. -->
  <xsl:template name="ropa-heading">
    <xsl:param name="n"/>
    <xsl:param name="text"/>
    <th scope="col">
      <span class="col-no"><xsl:value-of select="$n"/></span>
      <xsl:text> </xsl:text>
      <xsl:value-of select="$text"/>
    </th>
  </xsl:template>

  <xsl:template name="ropa-cell">
    <xsl:param name="value"/>
    <xsl:param name="is-head" select="false()"/>
    <xsl:choose>
      <xsl:when test="$is-head">
        <th scope="row">
          <xsl:value-of select="$value"/>
          <xsl:if test="@status = 'draft'">
            <span class="muted"> (draft)</span>
          </xsl:if>
        </th>
      </xsl:when>
      <xsl:otherwise>
        <td class="multiline"><xsl:value-of select="$value"/></td>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The processor record (Art 30(2)). -->
  <xsl:template name="processor-record">
    <section class="section report-part report-part-processor" aria-labelledby="processor-title">
      <h2 id="processor-title">Processing as a processor (Article 30(2))</h2>
      <xsl:choose>
        <xsl:when test="not($processor-acts)">
          <p>The record holds no activity carried out for another controller.</p>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:text>The processor is the organisation above. </xsl:text>
            <xsl:call-template name="count-noun">
              <xsl:with-param name="n" select="count($processor-acts)"/>
              <xsl:with-param name="one">activity is</xsl:with-param>
              <xsl:with-param name="many">activities are</xsl:with-param>
            </xsl:call-template>
            <xsl:text> carried out on behalf of a controller, in the four groups of Article 30(2).</xsl:text>
          </p>
          <div class="table-wrap" role="region" aria-labelledby="processor-title" tabindex="0">
            <table class="table report-table report-ropa">
              <caption class="visually-hidden">Activities as a processor, in the groups of Article 30(2)</caption>
              <colgroup><col class="col-p1"/></colgroup>
              <colgroup><col class="col-activity"/><col class="col-p3"/></colgroup>
              <colgroup><col class="col-p4"/><col class="col-p5"/></colgroup>
              <colgroup><col class="col-p6"/></colgroup>
              <thead>
                <tr>
                  <xsl:call-template name="processor-group">
                    <xsl:with-param name="n" select="1"/>
                    <xsl:with-param name="span" select="1"/>
                  </xsl:call-template>
                  <xsl:call-template name="processor-group">
                    <xsl:with-param name="n" select="2"/>
                    <xsl:with-param name="span" select="2"/>
                  </xsl:call-template>
                  <xsl:call-template name="processor-group">
                    <xsl:with-param name="n" select="4"/>
                    <xsl:with-param name="span" select="2"/>
                  </xsl:call-template>
                  <xsl:call-template name="processor-group">
                    <xsl:with-param name="n" select="6"/>
                    <xsl:with-param name="span" select="1"/>
                  </xsl:call-template>
                </tr>
                <tr>
                  <xsl:call-template name="ropa-processor-headings"/>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$processor-acts">
                  <tr>
                    <xsl:call-template name="ropa-processor-cells"/>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="processor-group">
    <xsl:param name="n"/>
    <xsl:param name="span"/>
    <th scope="colgroup" colspan="{$span}" class="report-group">
      <xsl:call-template name="ropa-processor-group-name">
        <xsl:with-param name="n" select="$n"/>
      </xsl:call-template>
    </th>
  </xsl:template>

</xsl:stylesheet>
