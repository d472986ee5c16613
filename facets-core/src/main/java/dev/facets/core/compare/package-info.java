/**
 * Two snapshots of one register compared: which initiatives were added, removed or changed (and in
 * which fields), and how the facet shares and every balance index moved, whole and, with a
 * {@link dev.facets.core.score.GroupKey}, group by group.
 *
 * <p>Entry point: {@link dev.facets.core.compare.PortfolioComparison#of}. Initiatives are matched by
 * id; the changes are always new minus old, so comparing B with A gives exactly the negated changes
 * of comparing A with B.
 */
package dev.facets.core.compare;
