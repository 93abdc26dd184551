<?xml version="1.0" encoding="UTF-8"?>
<!--
  staff/locations.xsl: what the recipient, organisation-settings and
  new-organisation pages share: the locations section (the list, a remove
  button per location, the add form), form controls whose value and error
  may be given, option lists, and an error summary that also covers the
  add-location form. Imported, never used on its own.

  The page's document has, besides its own <form>:
    <locations>
      <form errors><field name="country|region|mechanism|note" value error?/></form>
      <location id country region? mechanism? valid_until?>
        <country_name/><mechanism_name/>?<note/>?
      </location>*
    </locations>
    <choices>
      <countries><option code>name</option>*</countries>
      <mechanisms><option code valid_until?>name</option>*</mechanisms>
    </choices>
  The add form posts action=add_location, country, region, mechanism, note
  and csrf; a remove button posts action=remove_location, location (the id)
  and csrf, to the page's own URL. Its controls have ids "f-loc-NAME", so
  that they never meet the page's own fields (a recipient has a note too).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="../layout.xsl"/>

  <xsl:variable name="fields" select="/*/form/field"/>
  <xsl:variable name="loc-fields" select="/*/locations/form/field"/>
  <xsl:variable name="loc-errors" select="$loc-fields[@error != '']"/>
  <xsl:variable name="can-write" select="$account and not($account/@role = 'viewer')"/>
  <!-- The add-location form's errors count too (layout's title and summary). -->
  <xsl:variable name="has-errors"
    select="count($field-errors) + count($problems) + count($loc-errors) &gt; 0"/>

  <!--
    error-summary: as layout's, with the add-location form's errors, which
    link to its controls. A problem of the whole form (a conflict, an
    incomplete form) is not about one field, so it is not a link.
  -->
  <xsl:template name="error-summary">
    <xsl:if test="$has-errors">
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
        <h2 id="error-summary-title">There is a problem</h2>
        <ul>
          <xsl:for-each select="$problems">
            <li><xsl:value-of select="."/></li>
          </xsl:for-each>
          <xsl:for-each select="$field-errors">
            <li><a href="#f-{@name}"><xsl:value-of select="@error"/></a></li>
          </xsl:for-each>
          <xsl:for-each select="$loc-errors">
            <li><a href="#f-loc-{@name}"><xsl:value-of select="@error"/></a></li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!--
    control: one labelled control, id "f-KEY".
      name      the name it posts
      key       the id's base (default: name)
      label, hint, width, required, spellcheck, autocomplete   as layout's input
      type      text (default), email, tel, url, textarea, select
      rows      a textarea's height (default 4)
      options   a select's <option> fragment
      value     default: the page form's value of NAME
      error     default: the page form's error of NAME
  -->
  <xsl:template name="control">
    <xsl:param name="name"/>
    <xsl:param name="key" select="$name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="width"/>
    <xsl:param name="required"/>
    <xsl:param name="spellcheck"/>
    <xsl:param name="autocomplete"/>
    <xsl:param name="rows" select="4"/>
    <xsl:param name="options"/>
    <xsl:param name="value" select="string($fields[@name = $name]/@value)"/>
    <xsl:param name="error" select="string($fields[@name = $name]/@error)"/>
    <div>
      <xsl:attribute name="class">
        <xsl:text>field</xsl:text>
        <xsl:if test="$error != ''"> field-error</xsl:if>
      </xsl:attribute>
      <label class="label" for="f-{$key}"><xsl:value-of select="$label"/></label>
      <xsl:call-template name="field-notes">
        <xsl:with-param name="name" select="$key"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="error" select="$error"/>
      </xsl:call-template>
      <xsl:choose>
        <xsl:when test="$type = 'textarea'">
          <textarea id="f-{$key}" name="{$name}" rows="{$rows}">
            <xsl:attribute name="class">
              <xsl:text>textarea</xsl:text>
              <xsl:if test="$error != ''"> input-error</xsl:if>
            </xsl:attribute>
            <xsl:call-template name="describedby">
              <xsl:with-param name="name" select="$key"/>
              <xsl:with-param name="hint" select="$hint"/>
              <xsl:with-param name="error" select="$error"/>
            </xsl:call-template>
            <!-- HTML drops one line break right after <textarea>: keep the value's own. -->
            <xsl:if test="starts-with($value, '&#10;') or starts-with($value, '&#13;')">
              <xsl:text>&#10;</xsl:text>
            </xsl:if>
            <xsl:value-of select="$value"/>
          </textarea>
        </xsl:when>
        <xsl:when test="$type = 'select'">
          <select id="f-{$key}" name="{$name}">
            <xsl:attribute name="class">
              <xsl:text>select</xsl:text>
              <xsl:if test="$error != ''"> input-error</xsl:if>
            </xsl:attribute>
            <xsl:call-template name="describedby">
              <xsl:with-param name="name" select="$key"/>
              <xsl:with-param name="hint" select="$hint"/>
              <xsl:with-param name="error" select="$error"/>
            </xsl:call-template>
            <xsl:copy-of select="$options"/>
          </select>
        </xsl:when>
        <xsl:otherwise>
          <input id="f-{$key}" name="{$name}" type="{$type}" value="{$value}">
            <xsl:attribute name="class">
              <xsl:text>input</xsl:text>
              <xsl:if test="$width != ''"> input-<xsl:value-of select="$width"/></xsl:if>
              <xsl:if test="$error != ''"> input-error</xsl:if>
            </xsl:attribute>
            <xsl:if test="$autocomplete != ''">
              <xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute>
            </xsl:if>
            <xsl:if test="$spellcheck = 'no'">
              <xsl:attribute name="spellcheck">false</xsl:attribute>
              <xsl:attribute name="autocapitalize">none</xsl:attribute>
            </xsl:if>
            <xsl:if test="$required = 'yes'">
              <xsl:attribute name="required">required</xsl:attribute>
            </xsl:if>
            <xsl:call-template name="describedby">
              <xsl:with-param name="name" select="$key"/>
              <xsl:with-param name="hint" select="$hint"/>
              <xsl:with-param name="error" select="$error"/>
            </xsl:call-template>
          </input>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>

  <!--
    yes-no-options: "Not stated" (empty), Yes (1), No (0), for a yes-or-no
    column that may be unknown. Param: current, empty (the empty option's
    words).
  -->
  <xsl:template name="yes-no-options">
    <xsl:param name="current"/>
    <xsl:param name="empty">Not stated</xsl:param>
    <xsl:call-template name="option">
      <xsl:with-param name="value" select="''"/>
      <xsl:with-param name="text" select="$empty"/>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">1</xsl:with-param>
      <xsl:with-param name="text">Yes</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">0</xsl:with-param>
      <xsl:with-param name="text">No</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The two rule sets as options. Param: current. -->
  <xsl:template name="jurisdiction-options">
    <xsl:param name="current"/>
    <xsl:call-template name="option">
      <xsl:with-param name="value">uk</xsl:with-param>
      <xsl:with-param name="text">UK GDPR</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="option">
      <xsl:with-param name="value">eu</xsl:with-param>
      <xsl:with-param name="text">EU GDPR</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The shipped calendars, and the current one if it is another. -->
  <xsl:template name="calendar-options">
    <xsl:param name="current"/>
    <xsl:variable name="shipped" select="' england-and-wales scotland northern-ireland ireland germany '"/>
    <xsl:if test="$current != '' and not(contains($shipped, concat(' ', $current, ' ')))">
      <xsl:call-template name="option">
        <xsl:with-param name="value" select="$current"/>
        <xsl:with-param name="text" select="$current"/>
        <xsl:with-param name="current" select="$current"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="calendar-option">
      <xsl:with-param name="code">england-and-wales</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="calendar-option">
      <xsl:with-param name="code">scotland</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="calendar-option">
      <xsl:with-param name="code">northern-ireland</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="calendar-option">
      <xsl:with-param name="code">ireland</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
    <xsl:call-template name="calendar-option">
      <xsl:with-param name="code">germany</xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="calendar-option">
    <xsl:param name="code"/>
    <xsl:param name="current"/>
    <xsl:call-template name="option">
      <xsl:with-param name="value" select="$code"/>
      <xsl:with-param name="text">
        <xsl:call-template name="calendar-name">
          <xsl:with-param name="code" select="$code"/>
        </xsl:call-template>
      </xsl:with-param>
      <xsl:with-param name="current" select="$current"/>
    </xsl:call-template>
  </xsl:template>

  <!-- yes-no-words: 1, 0 or empty in words. Param: value. -->
  <xsl:template name="yes-no-words">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = '1'">Yes</xsl:when>
      <xsl:when test="$value = '0'">No</xsl:when>
      <xsl:otherwise><xsl:value-of select="$value"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    value-row: a summary row of the page form's field NAME (viewers and
    retired records). Params: label, name, kind (as summary-row's).
  -->
  <xsl:template name="value-row">
    <xsl:param name="label"/>
    <xsl:param name="name"/>
    <xsl:param name="kind" select="'text'"/>
    <xsl:call-template name="summary-row">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value" select="string($fields[@name = $name]/@value)"/>
      <xsl:with-param name="kind" select="$kind"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    locations-section: the heading, the list, and (for those who may
    change it) the remove buttons and the add form.
      action    the URL the forms post to
      whose     words for the owner in sentences ("this recipient")
      editable  whether to show the forms
  -->
  <xsl:template name="locations-section">
    <xsl:param name="action"/>
    <xsl:param name="whose"/>
    <xsl:param name="editable" select="$can-write"/>
    <xsl:variable name="locs" select="/*/locations/location"/>
    <section class="section" id="locations" aria-labelledby="locations-title">
      <h2 id="locations-title">Locations</h2>
      <p>Where <xsl:value-of select="$whose"/> holds or reaches the data, and for a place outside the UK and the EEA, the transfer mechanism relied on (Chapter V). The checks compare each one with the adequacy decisions and the mechanisms’ validity.</p>
      <xsl:choose>
        <xsl:when test="$locs">
          <!-- Scrolls on a narrow screen: focusable and named (screen.css, .table-wrap). -->
          <div class="table-wrap" role="region" tabindex="0" aria-labelledby="locations-title">
            <table class="table">
              <caption class="visually-hidden">Locations</caption>
              <thead>
                <tr>
                  <th scope="col">Country</th>
                  <th scope="col">Cloud region</th>
                  <th scope="col">Transfer mechanism</th>
                  <th scope="col">Note</th>
                  <xsl:if test="$editable">
                    <th scope="col" class="cell-action"><span class="visually-hidden">Remove</span></th>
                  </xsl:if>
                </tr>
              </thead>
              <tbody>
                <xsl:for-each select="$locs">
                  <tr>
                    <th scope="row">
                      <xsl:value-of select="country_name"/>
                      <xsl:text> (</xsl:text>
                      <xsl:value-of select="@country"/>
                      <xsl:text>)</xsl:text>
                    </th>
                    <td>
                      <xsl:choose>
                        <xsl:when test="@region != ''"><xsl:value-of select="@region"/></xsl:when>
                        <xsl:otherwise><span class="muted">None given</span></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="@mechanism != ''">
                          <xsl:value-of select="mechanism_name"/>
                          <xsl:if test="@valid_until != ''">
                            <xsl:text> </xsl:text>
                            <xsl:call-template name="tag">
                              <xsl:with-param name="text">
                                <xsl:text>Invalid after </xsl:text>
                                <xsl:call-template name="format-date">
                                  <xsl:with-param name="date" select="@valid_until"/>
                                  <xsl:with-param name="weekday">no</xsl:with-param>
                                </xsl:call-template>
                              </xsl:with-param>
                              <xsl:with-param name="colour">red</xsl:with-param>
                            </xsl:call-template>
                          </xsl:if>
                        </xsl:when>
                        <xsl:otherwise><span class="muted">None stated</span></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <td>
                      <xsl:choose>
                        <xsl:when test="normalize-space(note) != ''">
                          <span class="multiline"><xsl:value-of select="note"/></span>
                        </xsl:when>
                        <xsl:otherwise><span class="muted">None</span></xsl:otherwise>
                      </xsl:choose>
                    </td>
                    <xsl:if test="$editable">
                      <td class="cell-action">
                        <form method="post" action="{$action}">
                          <xsl:call-template name="csrf"/>
                          <input type="hidden" name="action" value="remove_location"/>
                          <input type="hidden" name="location" value="{@id}"/>
                          <button type="submit" class="button button-secondary button-small">Remove<span class="visually-hidden"> the location <xsl:value-of select="country_name"/><xsl:if test="@region != ''"><xsl:text> </xsl:text><xsl:value-of select="@region"/></xsl:if></span></button>
                        </form>
                      </td>
                    </xsl:if>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </div>
        </xsl:when>
        <xsl:otherwise>
          <p class="muted">No location is recorded. The checks report a register entry without one.</p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$editable">
        <xsl:call-template name="location-form">
          <xsl:with-param name="action" select="$action"/>
        </xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- The add-location form; its controls have ids "f-loc-NAME". -->
  <xsl:template name="location-form">
    <xsl:param name="action"/>
    <xsl:variable name="country" select="string($loc-fields[@name = 'country']/@value)"/>
    <xsl:variable name="mechanism" select="string($loc-fields[@name = 'mechanism']/@value)"/>
    <form method="post" action="{$action}" novalidate="novalidate" class="form-narrow" aria-labelledby="add-location-title">
      <h3 id="add-location-title">Add a location</h3>
      <xsl:call-template name="csrf"/>
      <input type="hidden" name="action" value="add_location"/>
      <xsl:call-template name="control">
        <xsl:with-param name="name">country</xsl:with-param>
        <xsl:with-param name="key">loc-country</xsl:with-param>
        <xsl:with-param name="label">Country</xsl:with-param>
        <xsl:with-param name="type">select</xsl:with-param>
        <xsl:with-param name="value" select="$country"/>
        <xsl:with-param name="error" select="string($loc-fields[@name = 'country']/@error)"/>
        <xsl:with-param name="options">
          <xsl:call-template name="option">
            <xsl:with-param name="value" select="''"/>
            <xsl:with-param name="text">Choose a country (or give a cloud region)</xsl:with-param>
            <xsl:with-param name="current" select="$country"/>
          </xsl:call-template>
          <xsl:for-each select="/*/choices/countries/option">
            <xsl:call-template name="option">
              <xsl:with-param name="value" select="string(@code)"/>
              <xsl:with-param name="text" select="string(.)"/>
              <xsl:with-param name="current" select="$country"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="control">
        <xsl:with-param name="name">region</xsl:with-param>
        <xsl:with-param name="key">loc-region</xsl:with-param>
        <xsl:with-param name="label">Cloud region (optional)</xsl:with-param>
        <xsl:with-param name="hint">As the provider writes it, such as eu-west-1 or europe-west2. A region gdprdesk knows gives the country when none is chosen.</xsl:with-param>
        <xsl:with-param name="width">medium</xsl:with-param>
        <xsl:with-param name="spellcheck">no</xsl:with-param>
        <xsl:with-param name="value" select="string($loc-fields[@name = 'region']/@value)"/>
        <xsl:with-param name="error" select="string($loc-fields[@name = 'region']/@error)"/>
      </xsl:call-template>
      <xsl:call-template name="control">
        <xsl:with-param name="name">mechanism</xsl:with-param>
        <xsl:with-param name="key">loc-mechanism</xsl:with-param>
        <xsl:with-param name="label">Transfer mechanism</xsl:with-param>
        <xsl:with-param name="hint">What the transfer rests on, as the notice or the contract states it. Choose none when nothing is stated: the checks then say whether one is needed.</xsl:with-param>
        <xsl:with-param name="type">select</xsl:with-param>
        <xsl:with-param name="value" select="$mechanism"/>
        <xsl:with-param name="error" select="string($loc-fields[@name = 'mechanism']/@error)"/>
        <xsl:with-param name="options">
          <xsl:call-template name="option">
            <xsl:with-param name="value" select="''"/>
            <xsl:with-param name="text">None stated</xsl:with-param>
            <xsl:with-param name="current" select="$mechanism"/>
          </xsl:call-template>
          <xsl:for-each select="/*/choices/mechanisms/option">
            <xsl:call-template name="option">
              <xsl:with-param name="value" select="string(@code)"/>
              <xsl:with-param name="text">
                <xsl:value-of select="."/>
                <xsl:if test="@valid_until != ''">
                  <xsl:text> (invalid after </xsl:text>
                  <xsl:call-template name="format-date">
                    <xsl:with-param name="date" select="@valid_until"/>
                    <xsl:with-param name="weekday">no</xsl:with-param>
                  </xsl:call-template>
                  <xsl:text>)</xsl:text>
                </xsl:if>
              </xsl:with-param>
              <xsl:with-param name="current" select="$mechanism"/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="control">
        <xsl:with-param name="name">note</xsl:with-param>
        <xsl:with-param name="key">loc-note</xsl:with-param>
        <xsl:with-param name="label">Note (optional)</xsl:with-param>
        <xsl:with-param name="hint">The words of the notice or contract, such as “covered by Privacy Shield”.</xsl:with-param>
        <xsl:with-param name="type">textarea</xsl:with-param>
        <xsl:with-param name="rows">2</xsl:with-param>
        <xsl:with-param name="value" select="string($loc-fields[@name = 'note']/@value)"/>
        <xsl:with-param name="error" select="string($loc-fields[@name = 'note']/@error)"/>
      </xsl:call-template>
      <button type="submit" class="button button-secondary">Add location</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
