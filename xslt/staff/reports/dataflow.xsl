<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/reports/dataflow.xsl: the data-flow map: an SVG picture of where
  personal data goes, in four columns: the categories of data subjects,
  the activities that process their data, who holds it (the organisation
  itself, where its own locations are recorded, and each recipient an
  activity sends to), and the countries it is held in. Each line into a
  country is coloured by how the checks judge the transfer: grey at home,
  green safeguarded, amber to check, red without a valid safeguard; the
  line's pattern says the same for whoever cannot tell the colours
  apart. Colours are classes of static/screen.css (the CSP forbids
  inline style); the picture needs no script. A table after it says the
  same in words, for screen readers and for anyone.

  Layout, in SVG user units: four columns COL apart, boxes BOX wide and
  ROW apart. Subjects and recipients are placed in the order of their
  ids and countries in the order they are first met, so that a line's
  ends can be found by counting (XSLT 1.0 has no maps): the index of a
  subject is the number of the register's subjects with a smaller id.
  Document: <report name="dataflow"><meta/><asat/>?<register>...
  </register></report> (report-words.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="report.xsl"/>

  <xsl:key name="subj" match="activity/subject" use="@id"/>
  <xsl:key name="country" match="location" use="@country"/>

  <xsl:variable name="reg" select="/report/register[1]"/>
  <xsl:variable name="acts" select="$reg/activities/activity"/>
  <!-- Each subject category once (its first mention). -->
  <xsl:variable name="subjects"
    select="$acts/subject[generate-id() = generate-id(key('subj', @id)[1])]"/>
  <!-- The recipients some activity sends to. -->
  <xsl:variable name="rcps" select="$reg/recipients/recipient[key('act-by-rcp', @id)]"/>
  <!-- The organisation's own systems head the holders when it has a place. -->
  <xsl:variable name="own" select="count($reg/organisation[location])"/>
  <xsl:variable name="locs" select="$reg/organisation/location | $rcps/location"/>
  <!-- Each country once, in the order first met. -->
  <xsl:variable name="countries"
    select="$locs[generate-id() = generate-id(key('country', @country)[count(. | $locs) = count($locs)][1])]"/>

  <xsl:variable name="COL" select="300"/>
  <xsl:variable name="BOX" select="230"/>
  <xsl:variable name="ROW" select="34"/>
  <xsl:variable name="H" select="24"/>
  <xsl:variable name="TOP" select="40"/>

  <xsl:variable name="rows">
    <xsl:call-template name="max">
      <xsl:with-param name="a" select="count($subjects)"/>
      <xsl:with-param name="b" select="count($acts)"/>
      <xsl:with-param name="c" select="count($rcps) + $own"/>
      <xsl:with-param name="d" select="count($countries)"/>
    </xsl:call-template>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:call-template name="report-page">
      <xsl:with-param name="title">Data-flow map</xsl:with-param>
      <xsl:with-param name="intro">
        <p>Where personal data goes: from the people it is about, through the activities that process it, to whoever holds it and the countries it is held in. A line into a country shows whether that transfer has a valid safeguard. The table below the map says the same in words.</p>
      </xsl:with-param>
      <xsl:with-param name="body">
        <xsl:choose>
          <xsl:when test="not($acts)">
            <p>The record holds no activity, so there is nothing to map.</p>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="legend"/>
            <xsl:call-template name="map"/>
            <xsl:call-template name="flow-table"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- max: the largest of four numbers. -->
  <xsl:template name="max">
    <xsl:param name="a"/>
    <xsl:param name="b"/>
    <xsl:param name="c"/>
    <xsl:param name="d"/>
    <xsl:variable name="ab" select="$a * ($a &gt;= $b) + $b * ($b &gt; $a)"/>
    <xsl:variable name="cd" select="$c * ($c &gt;= $d) + $d * ($d &gt; $c)"/>
    <xsl:value-of select="$ab * ($ab &gt;= $cd) + $cd * ($cd &gt; $ab)"/>
  </xsl:template>

  <!-- y of the middle of the box in row i (0-based). -->
  <xsl:template name="y">
    <xsl:param name="i"/>
    <xsl:value-of select="$TOP + $i * $ROW + $H div 2"/>
  </xsl:template>

  <!-- The index of a recipient among the holders (the organisation first). -->
  <xsl:template name="holder-index">
    <xsl:param name="id"/>
    <xsl:value-of select="$own + count($rcps[number(@id) &lt; number($id)])"/>
  </xsl:template>

  <!-- The class of a line into a country. Param: state. -->
  <xsl:template name="flow-class">
    <xsl:param name="state"/>
    <xsl:choose>
      <xsl:when test="$state = 'home'">flow-edge</xsl:when>
      <xsl:otherwise>
        <xsl:text>flow-edge flow-</xsl:text>
        <xsl:call-template name="safeguard-class">
          <xsl:with-param name="state" select="$state"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A curve from column c1, row i1 to the next column, row i2. -->
  <xsl:template name="edge">
    <xsl:param name="col"/>
    <xsl:param name="i1"/>
    <xsl:param name="i2"/>
    <xsl:param name="class" select="'flow-edge'"/>
    <xsl:variable name="x1" select="$col * $COL + $BOX"/>
    <xsl:variable name="x2" select="($col + 1) * $COL"/>
    <xsl:variable name="xm" select="($x1 + $x2) div 2"/>
    <xsl:variable name="y1" select="$TOP + $i1 * $ROW + $H div 2"/>
    <xsl:variable name="y2" select="$TOP + $i2 * $ROW + $H div 2"/>
    <path class="{$class}" d="M{$x1} {$y1} C{$xm} {$y1} {$xm} {$y2} {$x2} {$y2}"/>
  </xsl:template>

  <!-- A box with a name in column col, row i; the whole name in its title. -->
  <xsl:template name="node">
    <xsl:param name="col"/>
    <xsl:param name="i"/>
    <xsl:param name="text"/>
    <xsl:param name="class"/>
    <g class="flow-node {$class}">
      <title><xsl:value-of select="$text"/></title>
      <rect x="{$col * $COL}" y="{$TOP + $i * $ROW}" width="{$BOX}" height="{$H}" rx="4"/>
      <text x="{$col * $COL + 8}" y="{$TOP + $i * $ROW + 16}">
        <xsl:choose>
          <xsl:when test="string-length($text) &gt; 30">
            <xsl:value-of select="substring($text, 1, 29)"/>
            <xsl:text>…</xsl:text>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
        </xsl:choose>
      </text>
    </g>
  </xsl:template>

  <xsl:template name="map">
    <xsl:variable name="height" select="$TOP + $rows * $ROW + 10"/>
    <svg class="flow-map" viewBox="0 0 {3 * $COL + $BOX} {$height}"
      role="img" aria-labelledby="flow-title flow-desc" focusable="false">
      <title id="flow-title">
        <xsl:text>Data-flow map of </xsl:text>
        <xsl:value-of select="$org/name"/>
      </title>
      <desc id="flow-desc">
        <xsl:value-of select="count($subjects)"/>
        <xsl:text> categories of people, </xsl:text>
        <xsl:value-of select="count($acts)"/>
        <xsl:text> activities, </xsl:text>
        <xsl:value-of select="count($rcps) + $own"/>
        <xsl:text> holders and </xsl:text>
        <xsl:value-of select="count($countries)"/>
        <xsl:text> countries. The table after the map lists every flow in words.</xsl:text>
      </desc>
      <text class="flow-head" x="0" y="20">Data subjects</text>
      <text class="flow-head" x="{$COL}" y="20">Activities</text>
      <text class="flow-head" x="{2 * $COL}" y="20">Held by</text>
      <text class="flow-head" x="{3 * $COL}" y="20">Countries</text>

      <!-- Lines first, so that the boxes sit on top of them. -->
      <xsl:for-each select="$acts">
        <xsl:variable name="a" select="position() - 1"/>
        <xsl:for-each select="subject">
          <xsl:call-template name="edge">
            <xsl:with-param name="col" select="0"/>
            <xsl:with-param name="i1" select="count($subjects[number(@id) &lt; number(current()/@id)])"/>
            <xsl:with-param name="i2" select="$a"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:if test="$own">
          <xsl:call-template name="edge">
            <xsl:with-param name="col" select="1"/>
            <xsl:with-param name="i1" select="$a"/>
            <xsl:with-param name="i2" select="0"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:for-each select="recipient">
          <xsl:call-template name="edge">
            <xsl:with-param name="col" select="1"/>
            <xsl:with-param name="i1" select="$a"/>
            <xsl:with-param name="i2" select="$own + count($rcps[number(@id) &lt; number(current()/@ref)])"/>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="$countries">
        <xsl:variable name="c" select="position() - 1"/>
        <xsl:for-each select="key('country', @country)[count(. | $locs) = count($locs)]">
          <xsl:call-template name="edge">
            <xsl:with-param name="col" select="2"/>
            <xsl:with-param name="i1">
              <xsl:choose>
                <xsl:when test="parent::organisation">0</xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="holder-index">
                    <xsl:with-param name="id" select="../@id"/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="i2" select="$c"/>
            <xsl:with-param name="class">
              <xsl:call-template name="flow-class">
                <xsl:with-param name="state" select="@safeguard"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:for-each>

      <xsl:for-each select="$subjects">
        <xsl:sort select="@id" data-type="number"/>
        <xsl:call-template name="node">
          <xsl:with-param name="col" select="0"/>
          <xsl:with-param name="i" select="position() - 1"/>
          <xsl:with-param name="text" select="string(.)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="$acts">
        <xsl:call-template name="node">
          <xsl:with-param name="col" select="1"/>
          <xsl:with-param name="i" select="position() - 1"/>
          <xsl:with-param name="text" select="string(name)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="$own">
        <xsl:call-template name="node">
          <xsl:with-param name="col" select="2"/>
          <xsl:with-param name="i" select="0"/>
          <xsl:with-param name="text" select="concat($org/name, ' (itself)')"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="$rcps">
        <xsl:sort select="@id" data-type="number"/>
        <xsl:call-template name="node">
          <xsl:with-param name="col" select="2"/>
          <xsl:with-param name="i" select="$own + position() - 1"/>
          <xsl:with-param name="text" select="string(name)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="$countries">
        <xsl:call-template name="node">
          <xsl:with-param name="col" select="3"/>
          <xsl:with-param name="i" select="position() - 1"/>
          <xsl:with-param name="text" select="string(country_name)"/>
          <xsl:with-param name="class">
            <xsl:if test="@abroad = 1">flow-abroad</xsl:if>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
    </svg>
  </xsl:template>

  <!-- What the lines mean; each sample is the line itself. -->
  <xsl:template name="legend">
    <ul class="flow-legend" aria-label="Key to the map">
      <xsl:call-template name="legend-item">
        <xsl:with-param name="class">flow-edge</xsl:with-param>
        <xsl:with-param name="text">A flow of data, or data held at home</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="legend-item">
        <xsl:with-param name="class">flow-edge flow-ok</xsl:with-param>
        <xsl:with-param name="text">A transfer with a valid safeguard (solid)</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="legend-item">
        <xsl:with-param name="class">flow-edge flow-check</xsl:with-param>
        <xsl:with-param name="text">A transfer to check (long dashes)</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="legend-item">
        <xsl:with-param name="class">flow-edge flow-bad</xsl:with-param>
        <xsl:with-param name="text">A transfer without a valid safeguard (dots)</xsl:with-param>
      </xsl:call-template>
    </ul>
  </xsl:template>

  <xsl:template name="legend-item">
    <xsl:param name="class"/>
    <xsl:param name="text"/>
    <li>
      <svg width="40" height="12" viewBox="0 0 40 12" aria-hidden="true" focusable="false">
        <path class="{$class}" d="M0 6 L40 6"/>
      </svg>
      <xsl:value-of select="$text"/>
    </li>
  </xsl:template>

  <!-- The map in words: one row per activity. -->
  <xsl:template name="flow-table">
    <section class="section report-part-flows" aria-labelledby="flows-title">
      <h2 id="flows-title">The flows in words</h2>
      <xsl:if test="$own">
        <p>
          <xsl:value-of select="$org/name"/>
          <xsl:text> itself holds the data of every activity in: </xsl:text>
          <xsl:for-each select="$org/location">
            <xsl:if test="position() &gt; 1">; </xsl:if>
            <xsl:call-template name="place"/>
            <xsl:if test="@abroad = 1">
              <xsl:text> (</xsl:text>
              <xsl:call-template name="mechanism"/>
              <xsl:text>: </xsl:text>
              <xsl:call-template name="safeguard-words">
                <xsl:with-param name="state" select="@safeguard"/>
              </xsl:call-template>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </p>
      </xsl:if>
      <div class="table-wrap" role="region" aria-labelledby="flows-title" tabindex="0">
        <table class="table report-table report-flows">
          <caption class="visually-hidden">Each activity: whose data, who it goes to and where they hold it</caption>
          <thead>
            <tr>
              <th scope="col">Data subjects</th>
              <th scope="col">Activity</th>
              <th scope="col">Recipients, where they hold the data and its safeguard</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="$acts">
              <tr>
                <td>
                  <xsl:for-each select="subject">
                    <xsl:if test="position() &gt; 1">, </xsl:if>
                    <xsl:value-of select="."/>
                  </xsl:for-each>
                  <xsl:if test="not(subject)"><span class="muted">None recorded</span></xsl:if>
                </td>
                <th scope="row"><xsl:value-of select="name"/></th>
                <td>
                  <xsl:choose>
                    <xsl:when test="recipient">
                      <ul class="report-cell-list">
                        <xsl:for-each select="key('rcp', recipient/@ref)">
                          <li>
                            <xsl:value-of select="name"/>
                            <xsl:text>: </xsl:text>
                            <xsl:choose>
                              <xsl:when test="location">
                                <xsl:for-each select="location">
                                  <xsl:if test="position() &gt; 1">; </xsl:if>
                                  <xsl:call-template name="place"/>
                                  <xsl:if test="@abroad = 1">
                                    <xsl:text> </xsl:text>
                                    <xsl:call-template name="safeguard-tag">
                                      <xsl:with-param name="state" select="@safeguard"/>
                                    </xsl:call-template>
                                  </xsl:if>
                                </xsl:for-each>
                              </xsl:when>
                              <xsl:otherwise>no location recorded</xsl:otherwise>
                            </xsl:choose>
                          </li>
                        </xsl:for-each>
                      </ul>
                    </xsl:when>
                    <xsl:otherwise><span class="muted">No recipient</span></xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </div>
    </section>
  </xsl:template>

</xsl:stylesheet>
