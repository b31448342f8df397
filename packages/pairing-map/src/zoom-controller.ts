/**
 * Wheel, pinch and drag zoom for the map, through d3-zoom, attached to the element's SVG after
 * render and removed on disconnect. The view stays bounded; changes are instant, so there is no
 * motion to reduce.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export const MAX_ZOOM = 16;

export class ZoomController implements ReactiveController {
  /** The current transform; identity until the user zooms. */
  transform: ZoomTransform = zoomIdentity;
  private behavior?: ZoomBehavior<SVGSVGElement, unknown>;
  private target?: Selection<SVGSVGElement, unknown, null, undefined>;

  /**
   * @param onFrame called on every frame of a gesture with the new transform, so the host can
   *   move what is already drawn without re-rendering; the host re-renders once the gesture ends.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFrame: (transform: ZoomTransform) => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  /** Attaches to `svg` (call after each render; re-attaching to the same element is a no-op). */
  attach(svg: SVGSVGElement | null, width: number, height: number): void {
    // An update can still run after the host left the page; listeners added to a detached SVG
    // then are never removed, and Chromium keeps the whole element alive through them.
    if (!svg || !svg.isConnected) return;
    if (this.target?.node() !== svg) {
      this.target?.on('.zoom', null);
      this.behavior = zoom<SVGSVGElement, unknown>()
        .scaleExtent([1, MAX_ZOOM])
        .on('zoom', (event: { transform: ZoomTransform }) => {
          this.transform = event.transform;
          this.onFrame(event.transform);
        })
        .on('end', () => this.host.requestUpdate());
      this.target = select(svg);
      this.target.call(this.behavior).on('dblclick.zoom', null);
    }
    this.behavior!.extent([[0, 0], [width, height]]).translateExtent([[0, 0], [width, height]]);
  }

  /** Multiplies the scale by `factor` around the centre. */
  scaleBy(factor: number): void {
    if (this.target && this.behavior) this.behavior.scaleBy(this.target, factor);
  }

  /** Back to the whole view. */
  reset(): void {
    if (this.target && this.behavior) this.behavior.transform(this.target, zoomIdentity);
  }

  /** Back in a document (moved or re-added): render again so `attach` runs on the new SVG. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.target?.on('.zoom', null);
    this.target = undefined;
    this.behavior = undefined;
    this.transform = zoomIdentity;
  }
}
