/** The demo story (`/story.html`): the provider, the map, the chart and the story element. */
import '@twinning/provider';
import '@twinning/pairing-map';
import '@twinning/activity-chart';
import '@twinning/story';
