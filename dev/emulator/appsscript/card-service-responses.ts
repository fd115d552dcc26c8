// The emulated action responses: Navigation, Notification, ActionResponseBuilder and the host-app
// responses (Calendar attachments, Editors file scope), printing the add-on "renderActions" JSON.
import type { Json, JsonObject, Serialisable } from './card-service-base';
import {
  Built,
  checkBoolean,
  checkInstance,
  checkString,
  defined,
  invalid,
  signatureError,
  toCardJson,
} from './card-service-base';
import { Card } from './card-service-cards';
import { OpenLink } from './card-service-widgets';

/**
 * Chained card-stack steps, one `navigations[]` entry each: pushCard / updateCard / popToCard carry
 * their argument, pop and popToRoot are `true` (add-on RenderActions JSON).
 */
export class Navigation implements Serialisable {
  readonly #steps: JsonObject[] = [];
  popCard(): this {
    this.#steps.push({ pop: true });
    return this;
  }
  popToNamedCard(cardName: unknown): this {
    this.#steps.push({ popToCard: checkString(cardName, 'Navigation', 'popToNamedCard') });
    return this;
  }
  popToRoot(): this {
    this.#steps.push({ popToRoot: true });
    return this;
  }
  pushCard(card: unknown): this {
    this.#steps.push({ pushCard: checkInstance(card, [Card], 'Navigation', 'pushCard')[toCardJson]() });
    return this;
  }
  updateCard(card: unknown): this {
    this.#steps.push({ updateCard: checkInstance(card, [Card], 'Navigation', 'updateCard')[toCardJson]() });
    return this;
  }
  printJson(): string {
    return JSON.stringify(this[toCardJson](), null, 2);
  }
  [toCardJson](): JsonObject {
    return { navigations: this.#steps.map((step) => ({ ...step })) };
  }
}

export class Notification implements Serialisable {
  #text?: string;
  setText(text: unknown): this {
    this.#text = checkString(text, 'Notification', 'setText');
    return this;
  }
  [toCardJson](): JsonObject {
    if (!this.#text) throw invalid('A Notification must have text (Notification.setText).');
    return { text: this.#text };
  }
}

export class ActionResponse extends Built {}

export class ActionResponseBuilder {
  #navigation?: Navigation;
  #notification?: Notification;
  #link?: OpenLink;
  #stateChanged?: boolean;
  setNavigation(navigation: unknown): this {
    this.#navigation = checkInstance(navigation, [Navigation], 'ActionResponseBuilder', 'setNavigation');
    return this;
  }
  setNotification(notification: unknown): this {
    this.#notification = checkInstance(
      notification,
      [Notification],
      'ActionResponseBuilder',
      'setNotification',
    );
    return this;
  }
  setOpenLink(openLink: unknown): this {
    this.#link = checkInstance(openLink, [OpenLink], 'ActionResponseBuilder', 'setOpenLink');
    return this;
  }
  /** Printed beside `action`, where the HTTP add-on response carries it. */
  setStateChanged(stateChanged: unknown): this {
    this.#stateChanged = checkBoolean(stateChanged, 'ActionResponseBuilder', 'setStateChanged');
    return this;
  }
  build(): ActionResponse {
    const navigations = this.#navigation?.[toCardJson]()['navigations'];
    const action = defined({
      navigations: Array.isArray(navigations) && navigations.length > 0 ? navigations : undefined,
      notification: this.#notification?.[toCardJson](),
      link: this.#link?.[toCardJson](),
    });
    return new ActionResponse(defined({ action, stateChanged: this.#stateChanged }));
  }
}

/** A Calendar event attachment; Calendar needs at least its resource URL. */
export class Attachment implements Serialisable {
  #resourceUrl?: string;
  #title?: string;
  #mimeType?: string;
  #iconUrl?: string;
  setResourceUrl(url: unknown): this {
    this.#resourceUrl = checkString(url, 'Attachment', 'setResourceUrl');
    return this;
  }
  setTitle(title: unknown): this {
    this.#title = checkString(title, 'Attachment', 'setTitle');
    return this;
  }
  setMimeType(mimeType: unknown): this {
    this.#mimeType = checkString(mimeType, 'Attachment', 'setMimeType');
    return this;
  }
  setIconUrl(url: unknown): this {
    this.#iconUrl = checkString(url, 'Attachment', 'setIconUrl');
    return this;
  }
  [toCardJson](): JsonObject {
    if (!this.#resourceUrl)
      throw invalid('An Attachment must have a resource URL (Attachment.setResourceUrl).');
    return defined({
      resourceUrl: this.#resourceUrl,
      title: this.#title,
      mimeType: this.#mimeType,
      iconUrl: this.#iconUrl,
    });
  }
}

export class CalendarEventActionResponse extends Built {}

/** Prints `calendarAction.addAttachmentsActionMarkup.addonAttachments` (Calendar client action markup). */
export class CalendarEventActionResponseBuilder {
  readonly #attachments: Attachment[] = [];
  addAttachments(attachments: unknown): this {
    if (!Array.isArray(attachments) || !attachments.every((a) => a instanceof Attachment)) {
      throw signatureError('CalendarEventActionResponseBuilder', 'addAttachments', [attachments]);
    }
    this.#attachments.push(...(attachments as Attachment[]));
    return this;
  }
  build(): CalendarEventActionResponse {
    const calendarAction: { [key: string]: Json } = {};
    if (this.#attachments.length > 0) {
      const addonAttachments = this.#attachments.map((a) => a[toCardJson]());
      calendarAction['addAttachmentsActionMarkup'] = { addonAttachments };
    }
    return new CalendarEventActionResponse({ hostAppAction: { calendarAction } });
  }
}

export class EditorFileScopeActionResponse extends Built {}

export class EditorFileScopeActionResponseBuilder {
  #requested = false;
  requestFileScopeForActiveDocument(): this {
    this.#requested = true;
    return this;
  }
  build(): EditorFileScopeActionResponse {
    const editorAction: JsonObject = this.#requested ? { requestFileScopeForActiveDocument: {} } : {};
    return new EditorFileScopeActionResponse({ hostAppAction: { editorAction } });
  }
}
