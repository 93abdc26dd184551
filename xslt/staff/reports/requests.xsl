<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/reports/requests.xsl: the requests performance report: for the
  requests received in a period, how many of each kind came in each
  month, the share answered on time, the median and 90th-percentile days
  to answer, extensions, how requests ended and the grounds of refusals;
  the requests overdue now; complaints apart (acknowledged on time or
  not); and, across organisations, a line for each.

  Each chart is SVG drawn here (no script), coloured by classes of
  static/screen.css (the CSP forbids inline style), with its numbers
  written on it so that it reads on paper in black and white, and a
  table beside it that says the same for a screen reader (the picture is
  an image with a title and a description).

  Document: request-words.xsl. Unlike the other reports it has no
  register: the "as at" line names the period, and the form at the end
  chooses another period instead of a day.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="report.xsl"/>
  <xsl:import href="../../request-words.xsl"/>

  <!-- report.xsl's organisation and download query, for this document. -->
  <xsl:variable name="org" select="/report/organisation[1]"/>
  <xsl:variable name="asat-q" select="concat('&amp;from=', $period/@from, '&amp;to=', $period/@to)"/>

  <!-- Horizontal charts, in SVG user units: label, bar and value columns. -->
  <xsl:variable name="HW" select="640"/>
  <xsl:variable name="HLABEL" select="236"/>
  <xsl:variable name="HBAR" select="340"/>
  <xsl:variable name="HROW" select="28"/>
  <!--
    The chart of months: its plot's height and the room around it (on the
    left, half a label: the first month's is centred on its bar).
  -->
  <xsl:variable name="VW" select="640"/>
  <xsl:variable name="VLEFT" select="30"/>
  <xsl:variable name="VPLOT" select="150"/>
  <xsl:variable name="VTOP" select="22"/>
  <xsl:variable name="VBOTTOM" select="40"/>

  <xsl:variable name="received" select="sum($req-all/@received)"/>
  <xsl:variable name="timed" select="sum($req-all/@on_time) + sum($req-all/@late)"/>

  <xsl:template match="/">
    <xsl:call-template name="report-page">
      <xsl:with-param name="title">Requests performance</xsl:with-param>
      <xsl:with-param name="intro">
        <p>How the requests of data subjects received in the period were handled: how many came in, how many were answered within the time the law allows (the due date, extensions included), how long answers took, and how requests ended. Complaints are counted apart. Days are counted in UTC: a request answered in the last hour of a summer day in London counts as answered that day.</p>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:call-template name="key-figures"/>
        <xsl:call-template name="by-month"/>
        <xsl:call-template name="by-kind"/>
        <xsl:call-template name="outcomes"/>
        <xsl:call-template name="refusals"/>
        <xsl:call-template name="complaints"/>
        <xsl:if test="$is-all">
          <xsl:call-template name="by-organisation"/>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- report.xsl's "as at" words: the period, and when it was counted. -->
  <xsl:template name="as-at">
    <xsl:variable name="now" select="string(/report/meta/now)"/>
    <xsl:text>for the requests received from </xsl:text>
    <xsl:call-template name="format-date">
      <xsl:with-param name="date" select="string($period/@from)"/>
      <xsl:with-param name="weekday">no</xsl:with-param>
    </xsl:call-template>
    <xsl:text> to </xsl:text>
    <xsl:call-template name="format-date">
      <xsl:with-param name="date" select="string($period/@to)"/>
      <xsl:with-param name="weekday">no</xsl:with-param>
    </xsl:call-template>
    <xsl:text>, counted on </xsl:text>
    <xsl:call-template name="format-date">
      <xsl:with-param name="date" select="$now"/>
      <xsl:with-param name="weekday">no</xsl:with-param>
    </xsl:call-template>
    <xsl:if test="string-length($now) &gt;= 16">
      <xsl:text> at </xsl:text>
      <xsl:value-of select="substring($now, 12, 5)"/>
      <xsl:text> UTC</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- report.xsl's date picker: here, another period. -->
  <xsl:template name="asat-form">
    <section class="section no-print" aria-labelledby="period-title">
      <h2 id="period-title">Another period</h2>
      <form method="get" action="{$self-href}" class="form-narrow">
        <xsl:call-template name="input">
          <xsl:with-param name="name">from</xsl:with-param>
          <xsl:with-param name="label">First day</xsl:with-param>
          <xsl:with-param name="type">date</xsl:with-param>
          <xsl:with-param name="hint">Requests received on or after this day, for example 2025-06-01.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
          <xsl:with-param name="value" select="string($period/@from)"/>
        </xsl:call-template>
        <xsl:call-template name="input">
          <xsl:with-param name="name">to</xsl:with-param>
          <xsl:with-param name="label">Last day</xsl:with-param>
          <xsl:with-param name="type">date</xsl:with-param>
          <xsl:with-param name="hint">Requests received on or before this day. Leave both empty for the twelve months to today.</xsl:with-param>
          <xsl:with-param name="width">medium</xsl:with-param>
          <xsl:with-param name="value" select="string($period/@to)"/>
        </xsl:call-template>
        <button type="submit" class="button button-secondary">Show the report for this period</button>
      </form>
    </section>
  </xsl:template>

  <!-- ==== The key figures ==== -->

  <xsl:template name="key-figures">
    <section class="section" aria-labelledby="key-title">
      <h2 id="key-title">Key figures</h2>
      <dl class="summary report-key">
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Requests received</xsl:with-param>
          <xsl:with-param name="value" select="$received"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Answered on time</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$timed &gt; 0">
                <xsl:call-template name="percent">
                  <xsl:with-param name="n" select="sum($req-all/@on_time)"/>
                  <xsl:with-param name="d" select="$timed"/>
                </xsl:call-template>
                <xsl:text> (</xsl:text>
                <xsl:value-of select="sum($req-all/@on_time)"/>
                <xsl:text> of </xsl:text>
                <xsl:value-of select="$timed"/>
                <xsl:text> answered; </xsl:text>
                <xsl:call-template name="count-noun">
                  <xsl:with-param name="n" select="sum($req-all/@late)"/>
                  <xsl:with-param name="one">late</xsl:with-param>
                  <xsl:with-param name="many">late</xsl:with-param>
                </xsl:call-template>
                <xsl:text>)</xsl:text>
              </xsl:when>
              <xsl:otherwise>No request of the period has been answered yet</xsl:otherwise>
            </xsl:choose>
            <xsl:if test="sum($req-all/@undated) &gt; 0">
              <xsl:text>. Answered without a due date to judge by: </xsl:text>
              <xsl:value-of select="sum($req-all/@undated)"/>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Days to answer</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:choose>
              <xsl:when test="$days-all">
                <xsl:text>Median </xsl:text>
                <xsl:call-template name="days">
                  <xsl:with-param name="value" select="$days-all/@median"/>
                </xsl:call-template>
                <xsl:text>, 90th percentile </xsl:text>
                <xsl:call-template name="days">
                  <xsl:with-param name="value" select="$days-all/@p90"/>
                </xsl:call-template>
                <xsl:text> (calendar days from receipt to answer, over </xsl:text>
                <xsl:call-template name="count-noun">
                  <xsl:with-param name="n" select="$days-all/@answered"/>
                  <xsl:with-param name="one">answered request</xsl:with-param>
                  <xsl:with-param name="many">answered requests</xsl:with-param>
                </xsl:call-template>
                <xsl:text>)</xsl:text>
              </xsl:when>
              <xsl:otherwise>None answered yet</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Time extended (Art 12(3))</xsl:with-param>
          <xsl:with-param name="value" select="sum($req-all/@extended)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Refused</xsl:with-param>
          <xsl:with-param name="value" select="sum($req-all/@refused)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Still open</xsl:with-param>
          <xsl:with-param name="value" select="sum($req-all/@open)"/>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Overdue now</xsl:with-param>
          <xsl:with-param name="value">
            <xsl:value-of select="sum($req-all/@overdue)"/>
            <xsl:text> (open requests past their due date today, whenever received)</xsl:text>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="summary-row">
          <xsl:with-param name="label">Complaints received</xsl:with-param>
          <xsl:with-param name="value" select="sum($cmp-all/@received)"/>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- ==== Charts ==== -->

  <!--
    max: the largest of the numbers in a node-set (attributes), or 0.
    Param: of.
  -->
  <xsl:template name="max">
    <xsl:param name="of"/>
    <xsl:variable name="top" select="$of[not(number(.) &lt; $of)][1]"/>
    <xsl:choose>
      <xsl:when test="$top"><xsl:value-of select="number($top)"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    hbar-chart: a chart of horizontal bars, with its table beside it.
      id      prefix of the ids within
      title   what the chart shows (its title and the table's caption)
      n       how many bars
      bars    the bars (hbar calls)
      table   the table's head and body (thead and tbody)
  -->
  <xsl:template name="hbar-chart">
    <xsl:param name="id"/>
    <xsl:param name="title"/>
    <xsl:param name="n"/>
    <xsl:param name="bars"/>
    <xsl:param name="table"/>
    <div class="chart-pair">
      <div class="chart-figure">
        <svg class="chart chart-h" viewBox="0 0 {$HW} {$n * $HROW + 6}" role="img"
          aria-labelledby="{$id}-title {$id}-desc" focusable="false">
          <title id="{$id}-title"><xsl:value-of select="$title"/></title>
          <desc id="{$id}-desc">A bar chart. The table beside it gives the same numbers.</desc>
          <line class="chart-axis" x1="{$HLABEL}" y1="0" x2="{$HLABEL}" y2="{$n * $HROW + 6}"/>
          <xsl:copy-of select="$bars"/>
        </svg>
      </div>
      <div class="table-wrap chart-table" role="region" aria-labelledby="{$id}-caption" tabindex="0">
        <table class="table report-table">
          <caption id="{$id}-caption"><xsl:value-of select="$title"/></caption>
          <xsl:copy-of select="$table"/>
        </table>
      </div>
    </div>
  </xsl:template>

  <!--
    hbar: one bar of an hbar-chart: its label, the bar (its length value
    over max of the bar's room) and the value written after it.
      i       the bar's row, from 0
      label, value, max
      class   more classes of the bar (chart-bar-bad)
  -->
  <xsl:template name="hbar">
    <xsl:param name="i"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="max"/>
    <xsl:param name="class"/>
    <xsl:variable name="w">
      <xsl:choose>
        <xsl:when test="$max &gt; 0"><xsl:value-of select="round($HBAR * $value div $max)"/></xsl:when>
        <xsl:otherwise>0</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="y" select="$i * $HROW + 4"/>
    <text class="chart-label" x="{$HLABEL - 8}" y="{$y + 15}" text-anchor="end">
      <xsl:value-of select="$label"/>
    </text>
    <xsl:if test="$w &gt; 0">
      <rect class="chart-bar {$class}" x="{$HLABEL}" y="{$y}" width="{$w}" height="20"/>
    </xsl:if>
    <text class="chart-value" x="{$HLABEL + $w + 6}" y="{$y + 15}">
      <xsl:value-of select="$value"/>
    </text>
  </xsl:template>

  <!-- ==== Requests by month ==== -->

  <xsl:template name="by-month">
    <xsl:variable name="n" select="count($months)"/>
    <xsl:variable name="max">
      <xsl:call-template name="max">
        <xsl:with-param name="of" select="$months/@n"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="step" select="($VW - $VLEFT - 10) div $n"/>
    <!-- Few months: each named; many: January and the first only. -->
    <xsl:variable name="every" select="$n &lt;= 18"/>
    <!-- The kinds that came in the period, for the table's columns. -->
    <xsl:variable name="kinds" select="$req-kinds[@received &gt; 0]"/>
    <section class="section report-part-months" aria-labelledby="months-title">
      <h2 id="months-title">Requests received by month</h2>
      <div class="chart-pair">
        <div class="chart-figure">
          <svg class="chart chart-v" viewBox="0 0 {$VW} {$VTOP + $VPLOT + $VBOTTOM}" role="img"
            aria-labelledby="months-chart-title months-chart-desc" focusable="false">
            <title id="months-chart-title">Requests received by month</title>
            <desc id="months-chart-desc">
              <xsl:text>A bar chart of </xsl:text>
              <xsl:call-template name="count-noun">
                <xsl:with-param name="n" select="$n"/>
                <xsl:with-param name="one">month</xsl:with-param>
                <xsl:with-param name="many">months</xsl:with-param>
              </xsl:call-template>
              <xsl:text>, </xsl:text>
              <xsl:value-of select="$received"/>
              <xsl:text> requests in all, at most </xsl:text>
              <xsl:value-of select="$max"/>
              <xsl:text> in a month. The table beside it gives each month's numbers by kind.</xsl:text>
            </desc>
            <line class="chart-axis" x1="{$VLEFT}" y1="{$VTOP + $VPLOT}" x2="{$VW - 10}" y2="{$VTOP + $VPLOT}"/>
            <xsl:for-each select="$months">
              <xsl:variable name="x" select="$VLEFT + (position() - 1) * $step"/>
              <xsl:variable name="h">
                <xsl:choose>
                  <xsl:when test="$max &gt; 0"><xsl:value-of select="round($VPLOT * @n div $max)"/></xsl:when>
                  <xsl:otherwise>0</xsl:otherwise>
                </xsl:choose>
              </xsl:variable>
              <xsl:variable name="mid" select="$x + $step div 2"/>
              <xsl:if test="$h &gt; 0">
                <rect class="chart-bar" x="{$x + $step * 0.15}" y="{$VTOP + $VPLOT - $h}" width="{$step * 0.7}" height="{$h}"/>
              </xsl:if>
              <xsl:if test="$n &lt;= 24">
                <text class="chart-value" x="{$mid}" y="{$VTOP + $VPLOT - $h - 5}" text-anchor="middle">
                  <xsl:value-of select="@n"/>
                </text>
              </xsl:if>
              <xsl:variable name="is-jan" select="substring(@month, 6, 2) = '01'"/>
              <xsl:if test="$every or $is-jan or position() = 1">
                <text class="chart-label" x="{$mid}" y="{$VTOP + $VPLOT + 16}" text-anchor="middle">
                  <xsl:call-template name="month-words">
                    <xsl:with-param name="month" select="@month"/>
                    <xsl:with-param name="short">yes</xsl:with-param>
                  </xsl:call-template>
                </text>
              </xsl:if>
              <xsl:if test="$is-jan or position() = 1">
                <text class="chart-label" x="{$mid}" y="{$VTOP + $VPLOT + 32}" text-anchor="middle">
                  <xsl:value-of select="substring(@month, 1, 4)"/>
                </text>
              </xsl:if>
            </xsl:for-each>
          </svg>
        </div>
        <div class="table-wrap chart-table" role="region" aria-labelledby="months-caption" tabindex="0">
          <table class="table report-table report-months">
            <caption id="months-caption">Requests received by month and kind</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <xsl:for-each select="$kinds">
                  <th scope="col" class="numeric">
                    <xsl:call-template name="request-kind-words">
                      <xsl:with-param name="kind" select="@kind"/>
                    </xsl:call-template>
                  </th>
                </xsl:for-each>
                <th scope="col" class="numeric">All requests</th>
                <th scope="col" class="numeric">Complaints</th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$months">
                <xsl:variable name="m" select="@month"/>
                <tr>
                  <th scope="row">
                    <xsl:call-template name="month-words">
                      <xsl:with-param name="month" select="@month"/>
                    </xsl:call-template>
                  </th>
                  <xsl:for-each select="$kinds">
                    <td class="numeric"><xsl:value-of select="sum(key('month-kind', concat($m, '|', @kind))/@n)"/></td>
                  </xsl:for-each>
                  <td class="numeric"><xsl:value-of select="@n"/></td>
                  <td class="numeric"><xsl:value-of select="sum(key('month-kind', concat($m, '|complaint'))/@n)"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">The period</th>
                <xsl:for-each select="$kinds">
                  <td class="numeric"><xsl:value-of select="@received"/></td>
                </xsl:for-each>
                <td class="numeric"><xsl:value-of select="$received"/></td>
                <td class="numeric"><xsl:value-of select="sum($cmp-all/@received)"/></td>
              </tr>
            </tfoot>
          </table>
        </div>
      </div>
    </section>
  </xsl:template>

  <!-- ==== By kind ==== -->

  <!-- The cell of an on-time share: a percentage, or a dash with words. -->
  <xsl:template name="share-cell">
    <xsl:param name="n"/>
    <xsl:param name="d"/>
    <td class="numeric">
      <xsl:choose>
        <xsl:when test="$d &gt; 0">
          <xsl:call-template name="percent">
            <xsl:with-param name="n" select="$n"/>
            <xsl:with-param name="d" select="$d"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <span aria-hidden="true">–</span>
          <span class="visually-hidden">none answered</span>
        </xsl:otherwise>
      </xsl:choose>
    </td>
  </xsl:template>

  <xsl:template name="by-kind">
    <xsl:variable name="kinds" select="$req-kinds[@received &gt; 0 or @overdue &gt; 0]"/>
    <xsl:variable name="max">
      <xsl:call-template name="max">
        <xsl:with-param name="of" select="$kinds/@received"/>
      </xsl:call-template>
    </xsl:variable>
    <section class="section report-part-kinds" aria-labelledby="kinds-title">
      <h2 id="kinds-title">Requests by kind</h2>
      <xsl:choose>
        <xsl:when test="not($kinds)">
          <p>No request was received in the period, and none is overdue.</p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="hbar-chart">
            <xsl:with-param name="id">kinds</xsl:with-param>
            <xsl:with-param name="title">Requests received by kind, and how each kind was answered</xsl:with-param>
            <xsl:with-param name="n" select="count($kinds)"/>
            <xsl:with-param name="bars">
              <xsl:for-each select="$kinds">
                <xsl:call-template name="hbar">
                  <xsl:with-param name="i" select="position() - 1"/>
                  <xsl:with-param name="label">
                    <xsl:call-template name="request-kind-words">
                      <xsl:with-param name="kind" select="@kind"/>
                    </xsl:call-template>
                  </xsl:with-param>
                  <xsl:with-param name="value" select="@received"/>
                  <xsl:with-param name="max" select="$max"/>
                </xsl:call-template>
              </xsl:for-each>
            </xsl:with-param>
            <xsl:with-param name="table">
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col" class="numeric">Received</th>
                  <th scope="col" class="numeric">Answered</th>
                  <th scope="col" class="numeric">On time</th>
                  <th scope="col" class="numeric">Late</th>
                  <th scope="col" class="numeric">Share on time</th>
                  <th scope="col" class="numeric">Extended</th>
                  <th scope="col" class="numeric">Open</th>
                  <th scope="col" class="numeric">Overdue now</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$kinds">
                  <tr>
                    <th scope="row">
                      <xsl:call-template name="request-kind-words">
                        <xsl:with-param name="kind" select="@kind"/>
                      </xsl:call-template>
                    </th>
                    <xsl:call-template name="kind-cells">
                      <xsl:with-param name="f" select="."/>
                    </xsl:call-template>
                  </tr>
                </xsl:for-each>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All requests</th>
                  <xsl:call-template name="kind-cells">
                    <xsl:with-param name="f" select="$req-all"/>
                  </xsl:call-template>
                </tr>
              </tfoot>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The numbers of a row of figures (summed when f has several). -->
  <xsl:template name="kind-cells">
    <xsl:param name="f"/>
    <td class="numeric"><xsl:value-of select="sum($f/@received)"/></td>
    <td class="numeric"><xsl:value-of select="sum($f/@answered)"/></td>
    <td class="numeric"><xsl:value-of select="sum($f/@on_time)"/></td>
    <td class="numeric"><xsl:value-of select="sum($f/@late)"/></td>
    <xsl:call-template name="share-cell">
      <xsl:with-param name="n" select="sum($f/@on_time)"/>
      <xsl:with-param name="d" select="sum($f/@on_time) + sum($f/@late)"/>
    </xsl:call-template>
    <td class="numeric"><xsl:value-of select="sum($f/@extended)"/></td>
    <td class="numeric"><xsl:value-of select="sum($f/@open)"/></td>
    <td class="numeric"><xsl:value-of select="sum($f/@overdue)"/></td>
  </xsl:template>

  <!-- ==== How requests ended ==== -->

  <xsl:template name="outcomes">
    <xsl:variable name="t" select="$req-all"/>
    <xsl:variable name="max">
      <xsl:call-template name="max">
        <xsl:with-param name="of" select="$t/@fulfilled | $t/@partly_fulfilled | $t/@no_data | $t/@refused | $t/@withdrawn | $t/@identity_failed | $t/@open"/>
      </xsl:call-template>
    </xsl:variable>
    <section class="section report-part-outcomes" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title">How requests ended</h2>
      <xsl:choose>
        <xsl:when test="$received = 0">
          <p>No request was received in the period.</p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="hbar-chart">
            <xsl:with-param name="id">outcomes</xsl:with-param>
            <xsl:with-param name="title">How the requests received in the period ended</xsl:with-param>
            <xsl:with-param name="n" select="7"/>
            <xsl:with-param name="bars">
              <xsl:call-template name="outcome-bar">
                <xsl:with-param name="i" select="0"/>
                <xsl:with-param name="label">Fulfilled</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@fulfilled)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="outcome-bar">
                <xsl:with-param name="i" select="1"/>
                <xsl:with-param name="label">Partly fulfilled</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@partly_fulfilled)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="outcome-bar">
                <xsl:with-param name="i" select="2"/>
                <xsl:with-param name="label">No data held</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@no_data)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="outcome-bar">
                <xsl:with-param name="i" select="3"/>
                <xsl:with-param name="label">Refused</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@refused)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="outcome-bar">
                <xsl:with-param name="i" select="4"/>
                <xsl:with-param name="label">Withdrawn</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@withdrawn)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="outcome-bar">
                <xsl:with-param name="i" select="5"/>
                <xsl:with-param name="label">Identity not confirmed</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@identity_failed)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="outcome-bar">
                <xsl:with-param name="i" select="6"/>
                <xsl:with-param name="label">Still open</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@open)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="table">
              <thead>
                <tr>
                  <th scope="col">Outcome</th>
                  <th scope="col" class="numeric">Requests</th>
                  <th scope="col" class="numeric">Share of those received</th>
                </tr>
              </thead>
              <tbody>
                <xsl:call-template name="outcome-row">
                  <xsl:with-param name="label">Fulfilled</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@fulfilled)"/>
                </xsl:call-template>
                <xsl:call-template name="outcome-row">
                  <xsl:with-param name="label">Partly fulfilled</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@partly_fulfilled)"/>
                </xsl:call-template>
                <xsl:call-template name="outcome-row">
                  <xsl:with-param name="label">No data held</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@no_data)"/>
                </xsl:call-template>
                <xsl:call-template name="outcome-row">
                  <xsl:with-param name="label">Refused</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@refused)"/>
                </xsl:call-template>
                <xsl:call-template name="outcome-row">
                  <xsl:with-param name="label">Withdrawn by the requester</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@withdrawn)"/>
                </xsl:call-template>
                <xsl:call-template name="outcome-row">
                  <xsl:with-param name="label">Closed: identity not confirmed</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@identity_failed)"/>
                </xsl:call-template>
                <xsl:call-template name="outcome-row">
                  <xsl:with-param name="label">Still open</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@open)"/>
                </xsl:call-template>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Received</th>
                  <td class="numeric"><xsl:value-of select="$received"/></td>
                  <td class="numeric">100%</td>
                </tr>
              </tfoot>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="outcome-bar">
    <xsl:param name="i"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="max"/>
    <xsl:call-template name="hbar">
      <xsl:with-param name="i" select="$i"/>
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value" select="$value"/>
      <xsl:with-param name="max" select="$max"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="outcome-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <tr>
      <th scope="row"><xsl:value-of select="$label"/></th>
      <td class="numeric"><xsl:value-of select="$value"/></td>
      <td class="numeric">
        <xsl:call-template name="percent">
          <xsl:with-param name="n" select="$value"/>
          <xsl:with-param name="d" select="$received"/>
        </xsl:call-template>
      </td>
    </tr>
  </xsl:template>

  <!-- ==== Refusals ==== -->

  <xsl:template name="refusals">
    <xsl:variable name="t" select="$req-all"/>
    <xsl:variable name="refused" select="sum($t/@refused)"/>
    <xsl:variable name="other" select="$refused - sum($t/@refused_unfounded) - sum($t/@refused_excessive) - sum($t/@refused_exemption)"/>
    <xsl:variable name="max">
      <xsl:call-template name="max">
        <xsl:with-param name="of" select="$t/@refused_unfounded | $t/@refused_excessive | $t/@refused_exemption"/>
      </xsl:call-template>
    </xsl:variable>
    <section class="section report-part-refusals" aria-labelledby="refusals-title">
      <h2 id="refusals-title">Refusals and their grounds</h2>
      <xsl:choose>
        <xsl:when test="$refused = 0">
          <p>No request received in the period was refused.</p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="hbar-chart">
            <xsl:with-param name="id">grounds</xsl:with-param>
            <xsl:with-param name="title">Requests refused, by ground</xsl:with-param>
            <xsl:with-param name="n" select="3"/>
            <xsl:with-param name="bars">
              <xsl:call-template name="hbar">
                <xsl:with-param name="i" select="0"/>
                <xsl:with-param name="label">Manifestly unfounded</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@refused_unfounded)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="hbar">
                <xsl:with-param name="i" select="1"/>
                <xsl:with-param name="label">Manifestly excessive</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@refused_excessive)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="hbar">
                <xsl:with-param name="i" select="2"/>
                <xsl:with-param name="label">An exemption applies</xsl:with-param>
                <xsl:with-param name="value" select="sum($t/@refused_exemption)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="table">
              <thead>
                <tr>
                  <th scope="col">Ground</th>
                  <th scope="col" class="numeric">Refusals</th>
                </tr>
              </thead>
              <tbody>
                <xsl:call-template name="ground-row">
                  <xsl:with-param name="ground">unfounded</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@refused_unfounded)"/>
                </xsl:call-template>
                <xsl:call-template name="ground-row">
                  <xsl:with-param name="ground">excessive</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@refused_excessive)"/>
                </xsl:call-template>
                <xsl:call-template name="ground-row">
                  <xsl:with-param name="ground">exemption</xsl:with-param>
                  <xsl:with-param name="value" select="sum($t/@refused_exemption)"/>
                </xsl:call-template>
                <xsl:if test="$other &gt; 0">
                  <tr>
                    <th scope="row">No ground recorded</th>
                    <td class="numeric"><xsl:value-of select="$other"/></td>
                  </tr>
                </xsl:if>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All refusals</th>
                  <td class="numeric"><xsl:value-of select="$refused"/></td>
                </tr>
              </tfoot>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="ground-row">
    <xsl:param name="ground"/>
    <xsl:param name="value"/>
    <tr>
      <th scope="row">
        <xsl:call-template name="ground-words">
          <xsl:with-param name="ground" select="$ground"/>
        </xsl:call-template>
      </th>
      <td class="numeric"><xsl:value-of select="$value"/></td>
    </tr>
  </xsl:template>

  <!-- ==== Complaints ==== -->

  <xsl:template name="complaints">
    <xsl:variable name="c" select="$cmp-all"/>
    <xsl:variable name="max">
      <xsl:call-template name="max">
        <xsl:with-param name="of" select="$c/@acknowledged_on_time | $c/@acknowledged_late | $c/@unacknowledged"/>
      </xsl:call-template>
    </xsl:variable>
    <section class="section report-part-complaints" aria-labelledby="complaints-title">
      <h2 id="complaints-title">Complaints</h2>
      <p>A complaint to the organisation about its handling of personal data is acknowledged within 30 days of its receipt (Data Protection Act 2018, s.164A), then answered.</p>
      <xsl:choose>
        <xsl:when test="sum($c/@received) = 0 and sum($c/@overdue) = 0">
          <p>No complaint was received in the period, and none waits past its day to be acknowledged.</p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="hbar-chart">
            <xsl:with-param name="id">complaints</xsl:with-param>
            <xsl:with-param name="title">Complaints received in the period, by their acknowledgement</xsl:with-param>
            <xsl:with-param name="n" select="3"/>
            <xsl:with-param name="bars">
              <xsl:call-template name="hbar">
                <xsl:with-param name="i" select="0"/>
                <xsl:with-param name="label">Acknowledged on time</xsl:with-param>
                <xsl:with-param name="value" select="sum($c/@acknowledged_on_time)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
              <xsl:call-template name="hbar">
                <xsl:with-param name="i" select="1"/>
                <xsl:with-param name="label">Acknowledged late</xsl:with-param>
                <xsl:with-param name="value" select="sum($c/@acknowledged_late)"/>
                <xsl:with-param name="max" select="$max"/>
                <xsl:with-param name="class">chart-bar-bad</xsl:with-param>
              </xsl:call-template>
              <xsl:call-template name="hbar">
                <xsl:with-param name="i" select="2"/>
                <xsl:with-param name="label">Not yet acknowledged</xsl:with-param>
                <xsl:with-param name="value" select="sum($c/@unacknowledged)"/>
                <xsl:with-param name="max" select="$max"/>
              </xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="table">
              <thead>
                <tr>
                  <th scope="col">Complaints</th>
                  <th scope="col" class="numeric">Number</th>
                </tr>
              </thead>
              <tbody>
                <xsl:call-template name="count-row">
                  <xsl:with-param name="label">Received in the period</xsl:with-param>
                  <xsl:with-param name="value" select="sum($c/@received)"/>
                </xsl:call-template>
                <xsl:call-template name="count-row">
                  <xsl:with-param name="label">Acknowledged on time</xsl:with-param>
                  <xsl:with-param name="value" select="sum($c/@acknowledged_on_time)"/>
                </xsl:call-template>
                <xsl:call-template name="count-row">
                  <xsl:with-param name="label">Acknowledged late</xsl:with-param>
                  <xsl:with-param name="value" select="sum($c/@acknowledged_late)"/>
                </xsl:call-template>
                <xsl:call-template name="count-row">
                  <xsl:with-param name="label">Not yet acknowledged</xsl:with-param>
                  <xsl:with-param name="value" select="sum($c/@unacknowledged)"/>
                </xsl:call-template>
                <xsl:call-template name="count-row">
                  <xsl:with-param name="label">Answered</xsl:with-param>
                  <xsl:with-param name="value" select="sum($c/@answered)"/>
                </xsl:call-template>
                <xsl:call-template name="count-row">
                  <xsl:with-param name="label">Withdrawn</xsl:with-param>
                  <xsl:with-param name="value" select="sum($c/@withdrawn)"/>
                </xsl:call-template>
                <xsl:call-template name="count-row">
                  <xsl:with-param name="label">Past the day to acknowledge, now (whenever received)</xsl:with-param>
                  <xsl:with-param name="value" select="sum($c/@overdue)"/>
                </xsl:call-template>
              </tbody>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="count-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <tr>
      <th scope="row"><xsl:value-of select="$label"/></th>
      <td class="numeric"><xsl:value-of select="$value"/></td>
    </tr>
  </xsl:template>

  <!-- ==== Each organisation (across organisations) ==== -->

  <xsl:template name="by-organisation">
    <section class="section report-part-orgs" aria-labelledby="orgs-title">
      <h2 id="orgs-title">Each organisation</h2>
      <xsl:choose>
        <xsl:when test="not(/report/organisation)">
          <p>You have not been given any organisations yet.</p>
        </xsl:when>
        <xsl:otherwise>
          <div class="table-wrap" role="region" aria-labelledby="orgs-caption" tabindex="0">
            <table class="table report-table report-orgs">
              <caption id="orgs-caption">Requests and complaints received in the period, by organisation</caption>
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col" class="numeric">Received</th>
                  <th scope="col" class="numeric">Answered</th>
                  <th scope="col" class="numeric">On time</th>
                  <th scope="col" class="numeric">Late</th>
                  <th scope="col" class="numeric">Share on time</th>
                  <th scope="col" class="numeric">Median days</th>
                  <th scope="col" class="numeric">90th percentile days</th>
                  <th scope="col" class="numeric">Extended</th>
                  <th scope="col" class="numeric">Refused</th>
                  <th scope="col" class="numeric">Overdue now</th>
                  <th scope="col" class="numeric">Complaints</th>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="/report/organisation">
                  <xsl:variable name="id" select="@id"/>
                  <xsl:variable name="f" select="$rq/figures[@class = 'request' and @org = $id]"/>
                  <xsl:variable name="d" select="$rq/answer-days[@org = $id]"/>
                  <tr>
                    <th scope="row">
                      <a href="/staff/o/{@slug}/reports/requests?from={$period/@from}&amp;to={$period/@to}"><xsl:value-of select="name"/></a>
                    </th>
                    <td class="numeric"><xsl:value-of select="sum($f/@received)"/></td>
                    <td class="numeric"><xsl:value-of select="sum($f/@answered)"/></td>
                    <td class="numeric"><xsl:value-of select="sum($f/@on_time)"/></td>
                    <td class="numeric"><xsl:value-of select="sum($f/@late)"/></td>
                    <xsl:call-template name="share-cell">
                      <xsl:with-param name="n" select="sum($f/@on_time)"/>
                      <xsl:with-param name="d" select="sum($f/@on_time) + sum($f/@late)"/>
                    </xsl:call-template>
                    <td class="numeric">
                      <xsl:call-template name="days">
                        <xsl:with-param name="value" select="$d/@median"/>
                      </xsl:call-template>
                    </td>
                    <td class="numeric">
                      <xsl:call-template name="days">
                        <xsl:with-param name="value" select="$d/@p90"/>
                      </xsl:call-template>
                    </td>
                    <td class="numeric"><xsl:value-of select="sum($f/@extended)"/></td>
                    <td class="numeric"><xsl:value-of select="sum($f/@refused)"/></td>
                    <td class="numeric"><xsl:value-of select="sum($f/@overdue)"/></td>
                    <td class="numeric"><xsl:value-of select="sum($rq/figures[@class = 'complaint' and @org = $id]/@received)"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

</xsl:stylesheet>
