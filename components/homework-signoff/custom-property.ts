import { nothing } from 'lit';
import { Directive, type ElementPart, PartType, type PartInfo, directive } from 'lit/directive.js';

/**
 * Sets one CSS custom property on an element through the CSSOM. Unlike a style="" attribute
 * (which styleMap writes on first render), this is allowed by a strict Content Security
 * Policy without 'unsafe-inline'.
 */
class CustomPropertyDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('customProperty() goes on an element, not in an attribute.');
  }

  render(_name: string, _value: string | undefined) {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [string, string | undefined]) {
    const style = (part.element as HTMLElement).style;
    if (value) style.setProperty(name, value);
    else style.removeProperty(name);
    return nothing;
  }
}

export const customProperty = directive(CustomPropertyDirective);
